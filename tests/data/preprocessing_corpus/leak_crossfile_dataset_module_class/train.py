import torch
from torch.utils.data import DataLoader, random_split

from dataset import TabularDataset

full = TabularDataset("data/covertype.csv", target="cover_type")
train_len = int(len(full) * 0.85)
train_set, valid_set = random_split(full, [train_len, len(full) - train_len])
train_dl = DataLoader(train_set, batch_size=256, shuffle=True)
valid_dl = DataLoader(valid_set, batch_size=512)
model = torch.nn.Linear(full.x.shape[1], 7)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for xb, yb in train_dl:
    opt.zero_grad()
    torch.nn.functional.cross_entropy(model(xb), yb).backward()
    opt.step()
