import numpy as np
import torch
import pytorch_lightning as pl
from torch.utils.data import TensorDataset, DataLoader, random_split


class TabularDataModule(pl.LightningDataModule):
    def __init__(self, path, batch_size=128):
        super().__init__()
        self.path, self.batch_size = path, batch_size

    def setup(self, stage=None):
        data = np.load(self.path)
        x = torch.tensor(data["x"], dtype=torch.float32)
        self.mean, self.std = x.mean(0), x.std(0)
        full = TensorDataset((x - self.mean) / self.std, torch.tensor(data["y"]))
        n_val = len(full) // 5
        self.train_set, self.val_set = random_split(full, [len(full) - n_val, n_val])

    def train_dataloader(self):
        return DataLoader(self.train_set, batch_size=self.batch_size, shuffle=True)

    def val_dataloader(self):
        return DataLoader(self.val_set, batch_size=self.batch_size)


dm = TabularDataModule("higgs_small.npz")
dm.setup()
print(len(dm.train_set), len(dm.val_set))
