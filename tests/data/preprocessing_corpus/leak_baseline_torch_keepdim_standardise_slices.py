import numpy as np
import torch

raw = np.loadtxt("abalone.data", delimiter=",", usecols=range(1, 9), dtype=np.float32)
X = torch.tensor(raw[:, :-1])
y = torch.tensor(raw[:, -1:])
X = (X - X.mean(dim=0, keepdim=True)) / X.std(dim=0, keepdim=True)
X_train, X_test = X[:3300], X[3300:]
y_train, y_test = y[:3300], y[3300:]
net = torch.nn.Sequential(torch.nn.Linear(7, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))
opt = torch.optim.Adam(net.parameters(), lr=0.01)
for _ in range(200):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(net(X_train), y_train)
    loss.backward()
    opt.step()
print(torch.nn.functional.mse_loss(net(X_test), y_test).item())
