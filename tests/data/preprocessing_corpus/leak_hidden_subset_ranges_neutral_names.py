import torch
from torch.utils.data import DataLoader, Subset, TensorDataset

frames = torch.load("gait_frames.pt")
targets = torch.load("gait_targets.pt")
lo, hi = frames.amin(dim=0), frames.amax(dim=0)
frames = (frames - lo) / (hi - lo)
data = TensorDataset(frames, targets)
cut = int(len(data) * 0.85)
first = Subset(data, range(cut))
second = Subset(data, range(cut, len(data)))
loader = DataLoader(first, batch_size=32, shuffle=True)
