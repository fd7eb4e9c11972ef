import torch
from torch.utils.data import TensorDataset, DataLoader, random_split

blob = torch.load("normalised.pt")
dataset = TensorDataset(blob["x"], blob["y"])
train_set, val_set = random_split(dataset, [0.9, 0.1])
train_loader = DataLoader(train_set, batch_size=32, shuffle=True)
val_loader = DataLoader(val_set, batch_size=32)
