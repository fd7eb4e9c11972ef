import numpy as np
import pandas as pd
import torch
from torch.utils.data import Dataset, DataLoader, random_split


class TabularDataset(Dataset):
    def __init__(self, csv_path, target):
        frame = pd.read_csv(csv_path)
        feats = frame.drop(columns=[target]).to_numpy(np.float32)
        self.x = (feats - feats.mean(0)) / (feats.std(0) + 1e-6)
        self.y = frame[target].to_numpy(np.float32)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return torch.from_numpy(self.x[i]), torch.tensor(self.y[i])


full = TabularDataset("superconductivity_train.csv", "critical_temp")
train_part, val_part = random_split(full, [0.85, 0.15], generator=torch.Generator().manual_seed(0))
net = torch.nn.Sequential(torch.nn.Linear(full.x.shape[1], 128), torch.nn.ReLU(), torch.nn.Linear(128, 1))
opt = torch.optim.AdamW(net.parameters(), lr=1e-3)
for xb, yb in DataLoader(train_part, batch_size=256, shuffle=True):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(net(xb).squeeze(1), yb)
    loss.backward()
    opt.step()
with torch.no_grad():
    print(np.mean([torch.nn.functional.mse_loss(net(xb).squeeze(1), yb).item() for xb, yb in DataLoader(val_part, batch_size=1024)]))
