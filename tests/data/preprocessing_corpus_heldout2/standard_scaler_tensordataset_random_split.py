import numpy as np
import torch
import torch.utils.data as tud
from sklearn.preprocessing import StandardScaler

arr = np.loadtxt("energy_efficiency.csv", delimiter=",", skiprows=1, dtype=np.float32)
features, target = arr[:, :8], arr[:, 8:9]
features = StandardScaler().fit_transform(features)

full = tud.TensorDataset(torch.from_numpy(features).float(), torch.from_numpy(target))
train_part, test_part = tud.random_split(full, [0.8, 0.2])

net = torch.nn.Sequential(torch.nn.Linear(8, 64), torch.nn.Tanh(), torch.nn.Linear(64, 1))
opt = torch.optim.Adam(net.parameters(), lr=3e-3)
for epoch in range(200):
    for xb, yb in tud.DataLoader(train_part, batch_size=32, shuffle=True):
        opt.zero_grad()
        torch.nn.functional.mse_loss(net(xb), yb).backward()
        opt.step()
xt, yt = next(iter(tud.DataLoader(test_part, batch_size=len(test_part))))
print(torch.nn.functional.l1_loss(net(xt), yt).item())
