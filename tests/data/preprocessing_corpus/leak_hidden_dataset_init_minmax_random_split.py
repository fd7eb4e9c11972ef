import numpy as np
import pandas as pd
import torch
from torch.utils.data import DataLoader, Dataset, random_split


class WineDataset(Dataset):
    def __init__(self, csv_path):
        frame = pd.read_csv(csv_path)
        x = frame.drop(columns="quality").to_numpy(np.float32)
        self.x = torch.from_numpy((x - x.min(axis=0)) / (x.max(axis=0) - x.min(axis=0)))
        self.y = torch.from_numpy(frame["quality"].to_numpy(np.float32))

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


data = WineDataset("winequality-white.csv")
n_val = len(data) // 5
train_set, val_set = random_split(data, [len(data) - n_val, n_val])
train_loader = DataLoader(train_set, batch_size=32, shuffle=True)
val_loader = DataLoader(val_set, batch_size=32)
