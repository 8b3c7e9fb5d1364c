// The console's city map: districts shaded by emissions, per capita or per GDP, a district's (or a
// grid cell's) sectors on a click, the grid cells as a layer, and the daily trend. The data come
// in the page's JSON block; the drawing is city-charts.js's, shared with the public page.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var block = document.getElementById('city-map-data');
    if (!block || !window.echarts || !window.CityCharts) { return; }
    var data = JSON.parse(block.textContent);
    var words = data.words;
    var lang = document.documentElement.lang || 'en';
    function sectorName(code) { return words.sectors[code] || code; }
    function number(v, digits) {
      return v == null ? words.noValue : v.toLocaleString(lang, { maximumFractionDigits: digits });
    }
    function text(tag, t, cls) {
      var e = document.createElement(tag);
      e.textContent = t;
      if (cls) { e.className = cls; }
      return e;
    }

    var trend = document.getElementById('daily-trend');
    if (trend && data.days) {
      CityCharts.dailyTrend(trend, data.days, words);
      trend.setAttribute('data-drawn', '');
    }

    var el = document.getElementById('district-map');
    if (!el || !data.districts) { return; }
    var byLabel = CityCharts.labelled(data.districts);
    var labels = Object.keys(byLabel);
    var cells = data.grid ? data.grid.cells : [];
    var byCell = {};
    cells.forEach(function (c) { byCell[c.id] = c; });
    var units = { tonnes: words.unit, tonnesPerCapita: words.perCapitaUnit,
      tonnesPerMillionGdp: words.perGdpUnit };
    var digits = { tonnes: 0, tonnesPerCapita: 2, tonnesPerMillionGdp: 2 };
    var metric = 'tonnes';
    var gridBox = document.getElementById('grid-layer');
    var select = document.getElementById('district-select');
    labels.forEach(function (l) {
      var o = text('option', l);
      o.value = l;
      o.setAttribute('translate', 'no'); // a district's name is the city's data
      select.appendChild(o);
    });

    // The sectors of a district or a cell, largest first, in a table under the map.
    function show(title, sectors, population) {
      var box = document.getElementById('district-breakdown');
      box.replaceChildren(text('h3', title));
      box.firstChild.id = 'breakdown-h';
      box.firstChild.setAttribute('translate', 'no'); // a district's name or a cell's id
      var total = 0;
      Object.keys(sectors).forEach(function (k) { total += sectors[k]; });
      var table = document.createElement('table');
      table.id = 'breakdown';
      var head = document.createElement('tr');
      head.appendChild(text('th', words.sector));
      head.appendChild(text('th', words.unit, 'num'));
      head.appendChild(text('th', words.share, 'num'));
      var thead = document.createElement('thead');
      thead.appendChild(head);
      table.appendChild(thead);
      var body = document.createElement('tbody');
      Object.keys(sectors).filter(function (k) { return sectors[k] !== 0; })
        .sort(function (a, b) { return sectors[b] - sectors[a]; }).forEach(function (k) {
        var tr = document.createElement('tr');
        tr.appendChild(text('th', sectorName(k)));
        tr.lastChild.scope = 'row';
        tr.appendChild(text('td', number(sectors[k] / 1e6, 0), 'num'));
        tr.appendChild(text('td', total > 0 ? number(100 * sectors[k] / total, 1) + '%' : '', 'num'));
        body.appendChild(tr);
      });
      var all = document.createElement('tr');
      all.appendChild(text('th', words.total));
      all.lastChild.scope = 'row';
      all.appendChild(text('td', number(total / 1e6, 0), 'num'));
      all.appendChild(text('td', '100%', 'num'));
      body.appendChild(all);
      table.appendChild(body);
      box.appendChild(table);
      if (population != null) {
        box.appendChild(text('p', words.population + ': ' + number(population, 0), 'meta'));
      }
    }
    function showDistrict(label) {
      var f = byLabel[label];
      if (!f) { return; }
      select.value = label;
      show(label, f.properties.sectors || {}, f.properties.population);
    }

    function draw() {
      var values = labels.map(function (l) {
        var v = byLabel[l].properties[metric];
        return { name: l, value: v == null ? null : v };
      });
      var chart = CityCharts.districtMap(el, 'city-map', data.districts, values, units[metric]);
      chart.setOption({ tooltip: { formatter: function (p) {
        if (p.seriesType === 'custom') {
          return echarts.format.encodeHTML(p.name) + '<br>' +
            number(cells[p.dataIndex].grams / 1e6, 1) + ' ' + words.unit;
        }
        return echarts.format.encodeHTML(p.name) + '<br>' + number(p.value, digits[metric]) + ' ' +
          units[metric];
      } } });
      if (gridBox && gridBox.checked && cells.length) {
        // the colours span the cells up to the 98th percentile, so that one plant's cell does not
        // wash out the rest; the cells above it take the top colour (the tooltip says how much)
        var sorted = cells.map(function (c) { return c.grams / 1e6; }).sort(function (a, b) { return a - b; });
        var max = Math.max(sorted[Math.floor(0.98 * (sorted.length - 1))], 1);
        chart.setOption({
          geo: Object.assign({ map: 'city-map', silent: true, itemStyle: { opacity: 0 } }, CityCharts.LAYOUT),
          visualMap: [{}, { seriesIndex: 1, dimension: 2, min: 0, max: max, text: [words.cells, ''],
            calculable: true, right: 10, bottom: 10, formatter: CityCharts.legendNumber, inRange: { color: ['#fff5eb', '#fd8d3c', '#7f2704'] } }],
          series: [{}, {
            type: 'custom', coordinateSystem: 'geo', geoIndex: 0,
            data: cells.map(function (c) {
              return { name: c.id, value: [c.corners[0][0], c.corners[0][1], Math.min(c.grams / 1e6, max)] };
            }),
            renderItem: function (params, api) {
              var c = cells[params.dataIndex];
              return { type: 'polygon', shape: { points: c.corners.map(function (p) { return api.coord(p); }) },
                style: { fill: api.visual('color'), opacity: 0.8, stroke: '#ffffff', lineWidth: 0.5 } };
            }
          }]
        });
      }
      el.setAttribute('data-drawn', '');
      el.setAttribute('data-metric', metric);
      el.setAttribute('data-layers', gridBox && gridBox.checked ? 'districts cells' : 'districts');
      return chart;
    }

    var chart = draw();
    chart.on('click', function (p) {
      if (p.seriesType === 'custom' && byCell[p.name]) {
        show(p.name, byCell[p.name].sectors, null);
      } else {
        showDistrict(p.name);
      }
    });
    document.querySelectorAll('input[name="metric"]').forEach(function (r) {
      r.addEventListener('change', function () {
        if (r.checked) { metric = r.value; draw(); }
      });
    });
    if (gridBox) { gridBox.addEventListener('change', draw); }
    select.addEventListener('change', function () { showDistrict(select.value); });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
