import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier


def min_max(col):
    return (col - col.min()) / (col.max() - col.min())


seeds = pd.read_csv("seeds_dataset.txt", sep=r"\s+", header=None,
                    names=["area", "perimeter", "compactness", "length", "width", "asymmetry", "groove", "variety"])
num = seeds.columns[:-1]
seeds[num] = seeds[num].apply(min_max)

X_train, X_test, y_train, y_test = train_test_split(seeds[num], seeds["variety"], test_size=0.3, random_state=4, stratify=seeds["variety"])
knn = KNeighborsClassifier(n_neighbors=5).fit(X_train, y_train)
print("test accuracy:", knn.score(X_test, y_test))
