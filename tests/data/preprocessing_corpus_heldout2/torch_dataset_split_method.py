import pandas as pd
import torch
from torch import nn
from torch.utils.data import Dataset, DataLoader, random_split


class TabularData(Dataset):
    def __init__(self, csv_path):
        frame = pd.read_csv(csv_path)
        x = torch.tensor(frame.drop(columns="label").values, dtype=torch.float32)
        self.x = (x - x.mean(dim=0)) / (x.std(dim=0) + 1e-6)
        self.y = torch.tensor(frame["label"].values, dtype=torch.long)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], self.y[i]

    def split(self, val_fraction=0.2):
        n_val = int(len(self) * val_fraction)
        return random_split(self, [len(self) - n_val, n_val], generator=torch.Generator().manual_seed(0))


train_set, val_set = TabularData("covtype_small.csv").split()
model = nn.Sequential(nn.Linear(54, 128), nn.ReLU(), nn.Linear(128, 7))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for xb, yb in DataLoader(train_set, batch_size=256, shuffle=True):
    opt.zero_grad()
    nn.functional.cross_entropy(model(xb), yb).backward()
    opt.step()
correct = sum((model(xb).argmax(1) == yb).sum().item() for xb, yb in DataLoader(val_set, batch_size=1024))
print(correct / len(val_set))
