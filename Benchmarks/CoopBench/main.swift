import CCairo
import CoopCharts
print("bench")
