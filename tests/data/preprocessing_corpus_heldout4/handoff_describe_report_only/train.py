import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier
from sklearn.model_selection import cross_val_score

df = pd.read_csv("data/obesity_levels.csv")
cols = ["Age", "Height", "Weight", "FCVC", "NCP", "CH2O", "FAF", "TUE"]
model = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=7))
print(cross_val_score(model, df[cols], df["NObeyesdad"], cv=5).mean())
