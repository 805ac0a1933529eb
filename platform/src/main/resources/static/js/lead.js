(function () {
  var data = window.fundguardLead || {};
  var tl = document.getElementById('timeline-chart');
  if (tl && data.timeline && data.timeline.points && data.timeline.points.length) {
    var pts = data.timeline.points;
    echarts.init(tl).setOption({
      grid: { left: 60, right: 20, top: 20, bottom: 40 },
      tooltip: { trigger: 'item', formatter: function (p) { var d = p.data; return d[2] + '<br>' + d[0] + '<br>' + d[3] + ' · ' + d[4] + '<br>' + d[1]; } },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: data.labels.fund },
      series: [{ type: 'scatter', symbolSize: 12, data: pts,
        itemStyle: { color: function (p) { return p.data[5] ? '#c0392b' : '#5470c6'; } } }]
    });
  }
  var pc = document.getElementById('peer-chart');
  if (pc && data.peers && data.peers.names && data.peers.names.length) {
    echarts.init(pc).setOption({
      grid: { left: 60, right: 20, top: 20, bottom: 100 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.peers.names, axisLabel: { rotate: 40, interval: 0 } },
      yAxis: { type: 'value', name: data.labels.perVisit },
      series: [{ type: 'bar', data: data.peers.values.map(function (v) {
        return { value: v.value, itemStyle: { color: v.focus ? '#c0392b' : '#91a7d6' } }; }) }]
    });
  }
})();
