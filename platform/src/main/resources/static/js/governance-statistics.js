(function () {
  var d = window.fundguardStatistics || {};
  var c = d.charts || {};
  var L = d.labels || {};
  function chart(id) { var el = document.getElementById(id); return el ? echarts.init(el) : null; }
  var enf = chart('chart-enforcement');
  if (enf) {
    enf.setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: c.enforcementLabels, axisLabel: { interval: 0, rotate: 30 } }, yAxis: { type: 'value' },
      series: [{ name: L.month, type: 'bar', data: c.enforcementMonth }, { name: L.ytd, type: 'bar', data: c.enforcementYear }]
    });
  }
  var src = chart('chart-sources');
  if (src) {
    src.setOption({ tooltip: { trigger: 'item' }, legend: { top: 0 },
      series: [{ type: 'pie', radius: ['35%', '65%'], top: 30, stillShowZeroSum: false, data: c.sources }] });
  }
  var cat = chart('chart-categories');
  if (cat) {
    cat.setOption({
      tooltip: { trigger: 'axis' }, grid: { left: 170, right: 20, top: 10, bottom: 20 },
      xAxis: { type: 'value' }, yAxis: { type: 'category', data: (c.categoryLabels || []).slice().reverse() },
      series: [{ name: L.ytd, type: 'bar', data: (c.categoryYear || []).slice().reverse() }]
    });
  }
  var trend = chart('chart-trend');
  if (trend) {
    trend.setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: c.trendMonths }, yAxis: { type: 'value' },
      series: [{ name: L.received, type: 'bar', data: c.trendReceived },
               { name: L.confirmed, type: 'line', data: c.trendConfirmed }]
    });
  }
})();
