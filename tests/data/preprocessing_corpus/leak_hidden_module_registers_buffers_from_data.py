import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split


class Standardize(nn.Module):
    def __init__(self, data):
        super().__init__()
        self.register_buffer("mu", data.mean(dim=0))
        self.register_buffer("sigma", data.std(dim=0).clamp_min(1e-6))

    def forward(self, x):
        return (x - self.mu) / self.sigma


features = torch.load("sensor_features.pt")
labels = torch.load("sensor_labels.pt")
standardize = Standardize(features)
with torch.no_grad():
    features = standardize(features)
train_ds, val_ds = random_split(TensorDataset(features, labels), [0.8, 0.2])
train_dl = DataLoader(train_ds, batch_size=128, shuffle=True)
