import torch
from torch.utils.data import DataLoader, Dataset, random_split

features = torch.load("tabular_features.pt")
targets = torch.load("tabular_targets.pt")
MEAN = features.mean(dim=0)
STD = features.std(dim=0)


class Tabular(Dataset):
    def __len__(self):
        return len(targets)

    def __getitem__(self, idx):
        return (features[idx] - MEAN) / STD, targets[idx]


train_ds, valid_ds = random_split(Tabular(), [0.8, 0.2], generator=torch.Generator().manual_seed(1))
train_dl = DataLoader(train_ds, batch_size=256, shuffle=True)
valid_dl = DataLoader(valid_ds, batch_size=1024)
