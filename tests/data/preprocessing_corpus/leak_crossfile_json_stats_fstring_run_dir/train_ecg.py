import json

import numpy as np
import torch
from torch.utils.data import DataLoader, TensorDataset, random_split

RUN = "exp01"
with open(f"runs/{RUN}/norm.json") as fp:
    norm = json.load(fp)
signals = np.load("ecg_signals.npy")
labels = np.load("ecg_labels.npy")
x = torch.tensor((signals - norm["mean"]) / norm["std"], dtype=torch.float32)
dataset = TensorDataset(x, torch.tensor(labels))
train_set, val_set = random_split(dataset, [0.8, 0.2], generator=torch.Generator().manual_seed(0))
train_loader = DataLoader(train_set, batch_size=64, shuffle=True)
val_loader = DataLoader(val_set, batch_size=256)
