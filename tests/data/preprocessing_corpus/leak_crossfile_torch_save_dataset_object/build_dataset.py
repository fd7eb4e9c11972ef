import numpy as np
import torch
from torch.utils.data import Dataset


class Windows(Dataset):
    def __init__(self, x, y):
        x = torch.as_tensor(x, dtype=torch.float32)
        self.x = (x - x.mean(dim=0)) / x.std(dim=0)
        self.y = torch.as_tensor(y)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


ds = Windows(np.load("vib_x.npy"), np.load("vib_y.npy"))
torch.save(ds, "vib_dataset.pt")
