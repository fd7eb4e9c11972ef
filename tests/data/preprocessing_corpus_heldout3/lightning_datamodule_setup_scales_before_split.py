import numpy as np
import torch
import lightning as L
from torch.utils.data import TensorDataset, DataLoader, random_split


class HiggsData(L.LightningDataModule):
    def __init__(self, path, batch_size=512):
        super().__init__()
        self.path, self.batch_size = path, batch_size

    def setup(self, stage=None):
        raw = np.load(self.path)
        x, y = raw[:, 1:], raw[:, 0]
        x = (x - x.min(0)) / (x.max(0) - x.min(0))
        full = TensorDataset(torch.tensor(x, dtype=torch.float32), torch.tensor(y, dtype=torch.float32))
        self.train_set, self.val_set = random_split(full, [0.9, 0.1])

    def train_dataloader(self):
        return DataLoader(self.train_set, batch_size=self.batch_size, shuffle=True)

    def val_dataloader(self):
        return DataLoader(self.val_set, batch_size=self.batch_size)


dm = HiggsData("higgs_1m.npy")
dm.setup()
print(len(dm.train_set), len(dm.val_set))
