import numpy as np
from imblearn.pipeline import Pipeline as ImbPipeline
from imblearn.over_sampling import SMOTE
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import cross_val_score, StratifiedKFold
from sklearn.ensemble import RandomForestClassifier

X = np.load("mammography_X.npy")
y = np.load("mammography_y.npy")
pipe = ImbPipeline([("sc", StandardScaler()), ("smote", SMOTE(random_state=0)), ("rf", RandomForestClassifier())])
print(cross_val_score(pipe, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0), scoring="average_precision").mean())
