// The public page of a city: sector shares, district map and daily trend from its open data.
(function () {
  'use strict';
  function drawn(el) { el.setAttribute('data-drawn', ''); }
  document.addEventListener('DOMContentLoaded', function () {
    var main = document.getElementById('public-city');
    if (!main || !window.echarts) { return; }
    var slug = main.getAttribute('data-slug');
    // the words the charts show, in the page's language, rendered by the server
    var words = JSON.parse(document.getElementById('public-city-labels').textContent);
    function sector(code) { return words.sectors[code] || code; }
    fetch('/public/city/' + encodeURIComponent(slug) + '/data.json')
      .then(function (r) { return r.json(); })
      .then(function (d) {
        var shares = document.getElementById('sector-shares');
        echarts.init(shares).setOption({
          animation: false,
          tooltip: { trigger: 'item' },
          series: [{ type: 'pie', data: Object.keys(d.sectors).map(function (k) {
            return { name: sector(k), value: d.sectors[k] / 1e6 };
          }) }]
        });
        drawn(shares);
        var map = document.getElementById('district-map');
        if (d.districtMap) {
          echarts.registerMap(slug, d.districtMap);
          var values = d.districts.map(function (x) { return { name: x.name, value: x.grams / 1e6 }; });
          d.districtMap.features.forEach(function (f) { f.properties.name = f.properties.name || f.id; });
          var max = Math.max.apply(null, values.map(function (v) { return v.value; }).concat([1]));
          echarts.init(map).setOption({
            animation: false,
            tooltip: { trigger: 'item' },
            visualMap: { min: 0, max: max, text: [words.unit, ''], calculable: true },
            series: [{ type: 'map', map: slug, nameProperty: 'name', data: values }]
          });
        }
        drawn(map);
        var trend = document.getElementById('daily-trend');
        var days = d.days || [];
        echarts.init(trend).setOption({
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
        drawn(trend);
      });
  });
})();
