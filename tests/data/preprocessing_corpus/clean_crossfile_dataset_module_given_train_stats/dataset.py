import torch
from torch.utils.data import Dataset


class TabularDataset(Dataset):
    def __init__(self, frame, target, mean, std):
        x = frame.drop(columns=[target]).values.astype("float32")
        self.x = torch.tensor((x - mean) / std)
        self.y = torch.tensor(frame[target].values)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, idx):
        return self.x[idx], self.y[idx]
