import numpy as np
import pandas as pd
import torch
from torch.utils.data import Dataset, DataLoader
from sklearn.model_selection import train_test_split


class TabularDataset(Dataset):
    def __init__(self, feats, target, mean, std):
        self.x = ((feats - mean) / (std + 1e-6)).astype(np.float32)
        self.y = target.astype(np.float32)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return torch.from_numpy(self.x[i]), torch.tensor(self.y[i])


frame = pd.read_csv("superconductivity_train.csv")
X, y = frame.drop(columns=["critical_temp"]).to_numpy(), frame["critical_temp"].to_numpy()
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.15, random_state=0)
mu, sd = X_tr.mean(0), X_tr.std(0)
train_ds, val_ds = TabularDataset(X_tr, y_tr, mu, sd), TabularDataset(X_va, y_va, mu, sd)
loader = DataLoader(train_ds, batch_size=256, shuffle=True)
print(len(train_ds), len(val_ds), len(loader))
