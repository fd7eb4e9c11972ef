import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Lasso

rng = np.random.default_rng(3)
table = np.loadtxt("superconductivity.csv", delimiter=",", skiprows=1)
rng.shuffle(table)
train, valid, test = np.split(table, [int(0.7 * len(table)), int(0.85 * len(table))])

sc = StandardScaler().fit(train[:, :-1])
fit_x, val_x, test_x = (sc.transform(part[:, :-1]) for part in (train, valid, test))
for alpha in (0.001, 0.01, 0.1):
    las = Lasso(alpha=alpha, max_iter=20000).fit(fit_x, train[:, -1])
    print(alpha, las.score(val_x, valid[:, -1]))
print("test", las.score(test_x, test[:, -1]))
