import argparse
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--features", default="wifi_localization.txt")
    p.add_argument("--k", type=int, default=5)
    return p.parse_args()


def main():
    args = parse()
    data = np.loadtxt(args.features)
    X, room = data[:, :7], data[:, 7]
    X = StandardScaler().fit_transform(X)
    X_tr, X_te, r_tr, r_te = train_test_split(X, room, test_size=0.2, random_state=0)
    print(KNeighborsClassifier(n_neighbors=args.k).fit(X_tr, r_tr).score(X_te, r_te))


if __name__ == "__main__":
    main()
