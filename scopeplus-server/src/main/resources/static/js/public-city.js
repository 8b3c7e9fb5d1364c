// The public page of a city: sector shares, district map and daily trend from its open data,
// drawn by city-charts.js.
(function () {
  'use strict';
  function drawn(el) { el.setAttribute('data-drawn', ''); }
  document.addEventListener('DOMContentLoaded', function () {
    var main = document.getElementById('public-city');
    if (!main || !window.echarts || !window.CityCharts) { return; }
    var slug = main.getAttribute('data-slug');
    // the words the charts show, in the page's language, rendered by the server
    var words = JSON.parse(document.getElementById('public-city-labels').textContent);
    function sector(code) { return words.sectors[code] || code; }
    fetch('/public/city/' + encodeURIComponent(slug) + '/data.json')
      .then(function (r) { return r.json(); })
      .then(function (d) {
        var shares = document.getElementById('sector-shares');
        CityCharts.sectorShares(shares, d.sectors, sector);
        drawn(shares);
        var map = document.getElementById('district-map');
        if (d.districtMap) {
          var byId = {};
          d.districts.forEach(function (x) { byId[x.id] = x; });
          var byLabel = CityCharts.labelled(d.districtMap);
          var values = Object.keys(byLabel).map(function (label) {
            var x = byId[byLabel[label].properties.id];
            return { name: label, value: x ? x.grams / 1e6 : null };
          });
          CityCharts.districtMap(map, slug, d.districtMap, values, words.unit);
        }
        drawn(map);
        var trend = document.getElementById('daily-trend');
        CityCharts.dailyTrend(trend, d.days || [], words);
        drawn(trend);
      });
  });
})();
