// Draws the console's charts from the JSON in each element's data-chart attribute (see Charts.java).
(function () {
  'use strict';
  var lang = document.documentElement.lang || 'en';
  var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  var palette = ['#0f6e4f', '#0b5cad', '#b45309', '#6d28d9', '#be123c', '#0e7490', '#4d7c0f', '#a16207'];

  function fmt(v) { return number.format(v); }

  function trend(s) {
    var series = s.series.map(function (x, i) {
      return { name: x.name, type: i === 0 ? 'bar' : 'line', data: x.values, symbolSize: 8 };
    });
    if (s.reference) {
      series[0].markLine = { symbol: 'none', lineStyle: { type: 'dashed', color: '#1f2933' },
        label: { formatter: s.reference.name, position: 'insideEndTop' },
        data: [{ yAxis: s.reference.value }] };
    }
    return { color: palette, tooltip: { trigger: 'axis', valueFormatter: fmt },
      legend: { top: 0, type: 'scroll' }, grid: { left: 10, right: 20, top: 50, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: s.labels },
      yAxis: { type: 'value', name: s.unit, axisLabel: { formatter: fmt } }, series: series };
  }

  function bars(s) {
    return { color: palette, tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fmt },
      legend: { top: 0, type: 'scroll' }, grid: { left: 10, right: 30, top: 40, bottom: 10, containLabel: true },
      xAxis: { type: 'value', name: s.unit, axisLabel: { formatter: fmt } },
      yAxis: { type: 'category', data: s.labels.slice().reverse(), axisLabel: { width: 160, overflow: 'truncate' } },
      series: s.series.map(function (x) { return { name: x.name, type: 'bar', data: x.values.slice().reverse() }; }) };
  }

  function pie(s) {
    var x = s.series[0];
    return { color: palette, tooltip: { trigger: 'item', valueFormatter: fmt },
      legend: { bottom: 0, type: 'scroll' },
      series: [{ name: x.name, type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}\n{d}%' },
        data: s.labels.map(function (l, i) { return { name: l, value: x.values[i] }; }) }] };
  }

  function heatmap(s) {
    var max = 0;
    s.cells.forEach(function (c) { if (c[2] > max) { max = c[2]; } });
    return { tooltip: { position: 'top', valueFormatter: fmt },
      grid: { left: 10, right: 10, top: 10, bottom: 60, containLabel: true },
      xAxis: { type: 'category', data: s.labels, splitArea: { show: true } },
      yAxis: { type: 'category', data: s.rows, splitArea: { show: true } },
      visualMap: { min: 0, max: max || 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        inRange: { color: ['#e8f5ef', '#0f6e4f'] }, formatter: fmt },
      series: [{ name: s.name, type: 'heatmap', data: s.cells, label: { show: false } }] };
  }

  // a target's actuals (bars) against its pathway (a dashed line), in the target's own unit
  function pathway(s) {
    var series = s.series.map(function (x, i) {
      return i === 0
        ? { name: x.name, type: 'bar', data: x.values }
        : { name: x.name, type: 'line', data: x.values, symbolSize: 6, lineStyle: { type: 'dashed' } };
    });
    return { color: palette, tooltip: { trigger: 'axis', valueFormatter: fmt },
      legend: { top: 0, type: 'scroll' }, grid: { left: 10, right: 20, top: 50, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: s.labels },
      yAxis: { type: 'value', name: s.unit, axisLabel: { formatter: fmt } }, series: series };
  }

  // a meter's load: one line per series over the intervals (site-local labels), gaps left open
  function load(s) {
    return { color: palette, tooltip: { trigger: 'axis', valueFormatter: fmt },
      legend: { top: 0, type: 'scroll' }, grid: { left: 10, right: 20, top: 40, bottom: 50, containLabel: true },
      xAxis: { type: 'category', data: s.labels },
      yAxis: { type: 'value', name: s.unit, axisLabel: { formatter: fmt } },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 10 }],
      series: s.series.map(function (x) {
        return { name: x.name, type: 'line', data: x.values, showSymbol: false, connectNulls: false };
      }) };
  }

  // a ratio over periods (PUE by facility): one marked line per series, the axis fitted to the values,
  // up to three decimals
  function lines(s) {
    var precise = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
    var f = function (v) { return precise.format(v); };
    return { color: palette, tooltip: { trigger: 'axis', valueFormatter: f },
      legend: { top: 0, type: 'scroll' }, grid: { left: 10, right: 20, top: 50, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: s.labels },
      yAxis: { type: 'value', name: s.unit, scale: true, axisLabel: { formatter: f } },
      series: s.series.map(function (x) {
        return { name: x.name, type: 'line', data: x.values, symbolSize: 8, connectNulls: true };
      }) };
  }

  var kinds = { trend: trend, bars: bars, pie: pie, heatmap: heatmap, pathway: pathway, load: load, lines: lines };

  function draw() {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var spec = JSON.parse(el.getAttribute('data-chart'));
      var build = kinds[spec.kind];
      if (!build) { return; }
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      var option = build(spec);
      option.animation = false;
      option.aria = { enabled: true };
      chart.setOption(option);
      el.setAttribute('data-drawn', 'true');
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
