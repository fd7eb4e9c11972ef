import pandas as pd
from scipy import stats
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

seeds = pd.read_csv("seeds_dataset.csv")
measures = ["area", "perimeter", "compactness", "kernel_length", "kernel_width", "asymmetry", "groove_length"]
seeds[measures] = seeds[measures].apply(stats.zscore)
X_train, X_test, y_train, y_test = train_test_split(seeds[measures], seeds["variety"], test_size=0.3, random_state=8)
knn = KNeighborsClassifier(n_neighbors=5).fit(X_train, y_train)
print(knn.score(X_test, y_test))
