import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import PowerTransformer
from sklearn.decomposition import TruncatedSVD
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

sonar = pd.read_csv("sonar.csv", header=None)
X, y = sonar.iloc[:, :60].values, sonar.iloc[:, 60].values
pipe = Pipeline([("power", PowerTransformer()), ("svd", TruncatedSVD(n_components=20)),
                 ("clf", LogisticRegression(max_iter=2000))])
pipe.fit(X, y)

# evaluate the classifier on the already-transformed features
Z = pipe[:-1].transform(X)
print(cross_val_score(LogisticRegression(max_iter=2000), Z, y, cv=5).mean())
