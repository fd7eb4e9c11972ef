import torch
from torch.utils.data import TensorDataset, DataLoader, random_split

features = torch.load("features.pt")
targets = torch.load("targets.pt")
train_set, val_set = random_split(TensorDataset(features, targets), [0.8, 0.2])
train_x = torch.stack([train_set[i][0] for i in range(len(train_set))])
mean, std = train_x.mean(dim=0), train_x.std(dim=0)
train_dl = DataLoader(train_set, batch_size=32, shuffle=True)
val_dl = DataLoader(val_set, batch_size=32)
