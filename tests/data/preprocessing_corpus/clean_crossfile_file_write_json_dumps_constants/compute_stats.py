import json

stats = {"price_mean": 890.0, "price_std": 1700.0}
with open("price_stats.json", "w") as handle:
    handle.write(json.dumps(stats, indent=2))
