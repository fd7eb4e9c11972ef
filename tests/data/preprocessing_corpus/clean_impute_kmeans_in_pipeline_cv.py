import pandas as pd
from sklearn.cluster import KMeans
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

geo = pd.read_csv("deliveries.csv")
X = geo[["lat", "lon", "weight_kg"]]
model = make_pipeline(StandardScaler(), KMeans(n_clusters=20, n_init=10), LogisticRegression(max_iter=500))
print(cross_val_score(model, X, geo["late"], cv=5).mean())
