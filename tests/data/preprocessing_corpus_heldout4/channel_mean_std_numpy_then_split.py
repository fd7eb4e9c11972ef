import numpy as np
from sklearn.model_selection import train_test_split
import torch
from torch import nn

arr = np.load("eurosat_rgb_64.npz")
imgs, classes = arr["x"].astype(np.float32) / 255.0, arr["y"]
channel_mean, channel_std = imgs.mean(axis=(0, 1, 2)), imgs.std(axis=(0, 1, 2))
imgs = (imgs - channel_mean) / channel_std

x_tr, x_te, y_tr, y_te = train_test_split(imgs, classes, test_size=0.2, stratify=classes, random_state=0)
to_t = lambda a: torch.from_numpy(a).permute(0, 3, 1, 2).contiguous()
net = nn.Sequential(nn.Conv2d(3, 16, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(16, 10))
opt = torch.optim.Adam(net.parameters(), 1e-3)
xt, yt = to_t(x_tr), torch.from_numpy(y_tr).long()
for i in range(0, len(xt), 128):
    opt.zero_grad()
    nn.functional.cross_entropy(net(xt[i:i + 128]), yt[i:i + 128]).backward()
    opt.step()
print("test accuracy", (net(to_t(x_te)).argmax(1).numpy() == y_te).mean())
