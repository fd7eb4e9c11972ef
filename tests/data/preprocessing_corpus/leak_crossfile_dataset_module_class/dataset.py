import pandas as pd
import torch
from torch.utils.data import Dataset


class TabularDataset(Dataset):
    def __init__(self, csv_file, target="label"):
        df = pd.read_csv(csv_file)
        x = df.drop(columns=[target]).values.astype("float32")
        self.mean = x.mean(axis=0)
        self.std = x.std(axis=0) + 1e-8
        self.x = torch.tensor((x - self.mean) / self.std)
        self.y = torch.tensor(df[target].values)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, idx):
        return self.x[idx], self.y[idx]
