(function () {
  var d = window.fundguardDashboard || {};
  var c = d.charts || {};
  var L = d.labels || { status: {} };
  function chart(id) { var el = document.getElementById(id); return el ? echarts.init(el) : null; }
  var cat = chart('chart-category');
  if (cat) {
    cat.setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 150, right: 20, top: 40, bottom: 20 },
      xAxis: { type: 'value' }, yAxis: { type: 'category', data: c.categories },
      series: (c.statusSeries || []).map(function (s) {
        return { name: L.status[s.status] || s.status, type: 'bar', stack: 'all', data: s.data }; })
    });
  }
  var money = chart('chart-money');
  if (money) {
    money.setOption({
      tooltip: {}, xAxis: { type: 'category', data: [L.atStake, L.confirmed] }, yAxis: { type: 'value' },
      series: [{ type: 'bar', data: [{ value: c.stake, itemStyle: { color: '#e67e22' } }, { value: c.confirmed, itemStyle: { color: '#c0392b' } }] }]
    });
  }
  var inst = chart('chart-institutions');
  if (inst) {
    inst.setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 160, right: 20, top: 40, bottom: 20 },
      xAxis: { type: 'value' }, yAxis: { type: 'category', data: (c.institutions || []).slice().reverse() },
      series: [{ name: L.atStake, type: 'bar', data: (c.institutionStake || []).slice().reverse() },
               { name: L.confirmed, type: 'bar', data: (c.institutionConfirmed || []).slice().reverse() }]
    });
  }
  var trend = chart('chart-trend');
  if (trend) {
    trend.setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 60, right: 60, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: c.months },
      yAxis: [{ type: 'value', name: L.clues }, { type: 'value' }],
      series: [{ name: L.clues, type: 'bar', data: c.monthClues },
               { name: L.atStake, type: 'line', yAxisIndex: 1, data: c.monthStake },
               { name: L.confirmed, type: 'line', yAxisIndex: 1, data: c.monthConfirmed }]
    });
  }
})();
