import pandas as pd
from sklearn.preprocessing import MinMaxScaler


class DataPreparer:
    def __init__(self, raw_path="data/raw/telemetry.csv", out_path="data/processed/telemetry.parquet"):
        self.raw_path = raw_path
        self.out_path = out_path
        self.scaler = MinMaxScaler()

    def run(self):
        df = pd.read_csv(self.raw_path)
        cols = ["rpm", "torque", "temp"]
        df[cols] = self.scaler.fit_transform(df[cols])
        df.to_parquet(self.out_path)


if __name__ == "__main__":
    DataPreparer().run()
