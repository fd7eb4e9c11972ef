import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.pipeline import make_pipeline
from sklearn.model_selection import cross_val_score
from sklearn.linear_model import LogisticRegression

micro = pd.read_csv("gene_microarray_colon.csv")
X, y = micro.drop(columns="tissue"), micro["tissue"]
print(cross_val_score(make_pipeline(SelectKBest(mutual_info_classif, k=50), LogisticRegression(max_iter=1000)), X, y, cv=5).mean())
