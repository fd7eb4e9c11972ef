import torch
from torch.utils.data import TensorDataset, DataLoader
import torch.utils.data as tud

features = torch.load("features.pt")
targets = torch.load("targets.pt")
features = (features - features.mean(dim=0)) / features.std(dim=0)
data = TensorDataset(features, targets)
n_val = len(data) // 5
train_data, val_data = tud.random_split(data, [len(data) - n_val, n_val])
train_dl = DataLoader(train_data, batch_size=32, shuffle=True)
val_dl = DataLoader(val_data, batch_size=32)
