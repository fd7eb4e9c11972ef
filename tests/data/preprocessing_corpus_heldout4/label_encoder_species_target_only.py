import pandas as pd
from sklearn.preprocessing import LabelEncoder
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC

penguins = pd.read_csv("penguins_size.csv").dropna()
species = LabelEncoder()
y = species.fit_transform(penguins["species"])
X = penguins[["culmen_length_mm", "culmen_depth_mm", "flipper_length_mm", "body_mass_g"]].to_numpy()
X = X / [60.0, 25.0, 240.0, 6500.0]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=0, stratify=y)
svc = SVC().fit(X_tr, y_tr)
print(species.inverse_transform(svc.predict(X_te[:5])), svc.score(X_te, y_te))
