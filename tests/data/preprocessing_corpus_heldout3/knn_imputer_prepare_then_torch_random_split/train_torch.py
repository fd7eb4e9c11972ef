import numpy as np
import torch
from torch.utils.data import TensorDataset, random_split

X = torch.tensor(np.load("nhanes_X.npy"), dtype=torch.float32)
y = torch.tensor(np.load("nhanes_y.npy"), dtype=torch.float32)
train_ds, test_ds = random_split(TensorDataset(X, y), [0.8, 0.2])
clf = torch.nn.Sequential(torch.nn.Linear(5, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))
print(len(train_ds), len(test_ds), sum(p.numel() for p in clf.parameters()))
