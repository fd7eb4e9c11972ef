from sklearn import preprocessing
from sklearn.model_selection import KFold, cross_val_score
from sklearn.neural_network import MLPClassifier
import pandas as pd

seeds = pd.read_csv("wheat_seeds.csv")
X = preprocessing.minmax_scale(seeds.drop(columns="class").to_numpy())
y = seeds["class"].to_numpy()
mlp = MLPClassifier(hidden_layer_sizes=(20,), max_iter=3000, random_state=1)
print(cross_val_score(mlp, X, y, cv=KFold(n_splits=10, shuffle=True, random_state=1)).mean())
