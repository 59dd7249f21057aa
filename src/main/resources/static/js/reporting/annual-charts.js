// 年度统计 charts: the page puts the figures in window.annualCharts (AnnualCharts as JSON); ECharts is the webjar.
(function () {
      const charts = window.annualCharts;
      const monthly = echarts.init(document.getElementById('chart-monthly'));
      monthly.setOption({
        tooltip: { trigger: 'axis' },
        legend: { data: charts.monthly.map(s => s.name) },
        grid: { left: 40, right: 20, bottom: 30 },
        xAxis: { type: 'category', data: charts.months },
        yAxis: { type: 'value', minInterval: 1 },
        series: charts.monthly.map(s => ({ name: s.name, type: 'line', data: s.values }))
      });
      charts.byType.forEach(function (b, i) {
        const c = echarts.init(document.getElementById('chart-type-' + i));
        c.setOption({
          tooltip: { trigger: 'axis' },
          grid: { left: 40, right: 20, bottom: 60 },
          xAxis: { type: 'category', data: b.bars.map(x => x.name), axisLabel: { interval: 0, rotate: 20 } },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ type: 'bar', data: b.bars.map(x => x.value), label: { show: true, position: 'top' } }]
        });
      });
    })();
