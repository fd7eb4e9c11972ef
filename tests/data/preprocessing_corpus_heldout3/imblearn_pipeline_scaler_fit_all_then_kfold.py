import numpy as np
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.model_selection import StratifiedKFold
from sklearn.ensemble import RandomForestClassifier

X = np.load("mammography_X.npy")
y = np.load("mammography_y.npy")
prep = ImbPipeline([("sc", StandardScaler()), ("pca", PCA(n_components=5))])
X5 = prep.fit_transform(X)
for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(X5, y):
    print(RandomForestClassifier(class_weight="balanced").fit(X5[tr], y[tr]).score(X5[te], y[te]))
