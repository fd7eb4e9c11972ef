import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPRegressor

abalone = pd.read_csv("abalone.csv")
cols = ["Length", "Diameter", "Height", "Whole weight", "Shucked weight", "Shell weight"]
abalone = abalone.assign(**{c: (lambda d, c=c: d[c] / d[c].max()) for c in cols})

X_tr, X_te, y_tr, y_te = train_test_split(abalone[cols], abalone["Rings"], test_size=0.25, random_state=9)
mlp = MLPRegressor(hidden_layer_sizes=(32, 16), max_iter=2000, random_state=9).fit(X_tr, y_tr)
print("test R2", mlp.score(X_te, y_te))
