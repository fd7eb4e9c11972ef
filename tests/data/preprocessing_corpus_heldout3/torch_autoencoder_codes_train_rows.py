import numpy as np
import torch
from torch import nn
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

X = np.load("creditcard_features.npy").astype("float32")
y = np.load("creditcard_labels.npy")
X_tr, X_te, y_tr, y_te = train_test_split(X, y, stratify=y, test_size=0.3, random_state=0)

enc = nn.Sequential(nn.Linear(X.shape[1], 16), nn.ReLU(), nn.Linear(16, 4))
dec = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, X.shape[1]))
opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=1e-3)
t = torch.from_numpy(X_tr)
for _ in range(20):
    opt.zero_grad()
    loss = nn.functional.mse_loss(dec(enc(t)), t)
    loss.backward()
    opt.step()
with torch.no_grad():
    c_tr, c_te = enc(torch.from_numpy(X_tr)).numpy(), enc(torch.from_numpy(X_te)).numpy()
print(LogisticRegression(max_iter=1000).fit(c_tr, y_tr).score(c_te, y_te))
