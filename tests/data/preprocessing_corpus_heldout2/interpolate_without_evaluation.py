"""Fill gaps in the meteo archive and export it for the dashboard. No model is evaluated here."""
import pandas as pd

meteo = pd.read_csv("meteo_archive.csv", parse_dates=["ts"], index_col="ts")
meteo = meteo.sort_index()
meteo["temp"] = meteo["temp"].interpolate(method="time", limit=12)
meteo["wind"] = meteo["wind"].ffill(limit=6)
meteo["rain"] = meteo["rain"].fillna(0.0)

daily = meteo.resample("D").agg({"temp": ["min", "max", "mean"], "wind": "max", "rain": "sum"})
daily.columns = ["_".join(c) for c in daily.columns]
daily.to_csv("dashboard/daily_meteo.csv")
print(daily.tail())
print("rows", len(daily))
