// Carbon Eye's charts, shared by the public city page and the console's city map: the district
// map (ECharts registerMap with the districts' GeoJSON, served by the application, no tile
// server), the daily trend with its two-sigma band, and sector shares.
(function () {
  'use strict';

  // Each district's label: its name, or its id when it has none; a name two districts share is
  // followed by the id, so that a label names one district.
  function labelled(featureCollection) {
    var seen = {};
    featureCollection.features.forEach(function (f) {
      var n = f.properties.name || f.properties.id || f.id;
      seen[n] = (seen[n] || 0) + 1;
    });
    var byLabel = {};
    featureCollection.features.forEach(function (f) {
      var n = f.properties.name || f.properties.id || f.id;
      var label = seen[n] > 1 ? n + ' (' + (f.properties.id || f.id) + ')' : n;
      f.properties.name = label;
      byLabel[label] = f;
    });
    return byLabel;
  }

  // Where a map of the districts sits in its chart: a layer laid over it (the grid's cells on a
  // geo component) takes the same centre and size, so the two share one projection.
  var LAYOUT = { layoutCenter: ['50%', '50%'], layoutSize: '92%' };

  // A legend's number in the page's language, digits grouped (7,111,314 in English, 7,111,314 or
  // the locale's own grouping elsewhere): whole numbers from 100 up, two decimals below.
  function legendNumber(value) {
    var lang = document.documentElement.lang || 'en';
    var v = Number(value);
    return v.toLocaleString(lang, { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 2 });
  }

  // The districts shaded by value: values is [{name: label, value: number or null}].
  function districtMap(el, mapName, featureCollection, values, unit) {
    echarts.registerMap(mapName, featureCollection);
    var numbers = values.map(function (v) { return v.value; }).filter(function (v) { return v != null; });
    var max = Math.max.apply(null, numbers.concat([0]));
    var chart = echarts.getInstanceByDom(el) || echarts.init(el);
    chart.clear();
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item' },
      visualMap: [{ seriesIndex: 0, min: 0, max: max > 0 ? max : 1, text: [unit, ''], calculable: true,
        left: 'left', bottom: 10, formatter: legendNumber }],
      series: [Object.assign({ type: 'map', map: mapName, nameProperty: 'name', selectedMode: 'single',
        data: values }, LAYOUT)]
    });
    return chart;
  }

  function dailyTrend(el, days, words) {
    var chart = echarts.getInstanceByDom(el) || echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: days.map(function (x) { return x.day; }) },
      yAxis: { type: 'value', name: words.unit },
      series: [
        { name: words.low, type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
          data: days.map(function (x) { return x.low / 1e6; }) },
        { name: words.range, type: 'line', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
          areaStyle: { opacity: 0.2 }, data: days.map(function (x) { return (x.high - x.low) / 1e6; }) },
        { name: words.estimate, type: 'line', data: days.map(function (x) { return x.grams / 1e6; }) }
      ]
    });
    return chart;
  }

  // sectors: code -> grams; name(code) gives the sector's words.
  function sectorShares(el, sectors, name) {
    var chart = echarts.getInstanceByDom(el) || echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', data: Object.keys(sectors).map(function (k) {
        return { name: name(k), value: sectors[k] / 1e6 };
      }) }]
    });
    return chart;
  }

  window.CityCharts = {
    LAYOUT: LAYOUT,
    labelled: labelled,
    districtMap: districtMap,
    dailyTrend: dailyTrend,
    sectorShares: sectorShares,
    legendNumber: legendNumber
  };
})();
