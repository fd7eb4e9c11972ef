import pandas as pd


class DataPreparer:
    def __init__(self, raw_path="data/raw/telemetry.csv", out_path="data/processed/telemetry.parquet"):
        self.raw_path = raw_path
        self.out_path = out_path

    def run(self):
        df = pd.read_csv(self.raw_path)
        df = df.rename(columns=str.lower).dropna(subset=["failure"])
        df["power"] = df["rpm"] * df["torque"]
        df.to_parquet(self.out_path)


if __name__ == "__main__":
    DataPreparer().run()
