import scipy.io as sio
from sklearn.model_selection import cross_val_score
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis

data = sio.loadmat("processed/emg_standardized.mat")
print(cross_val_score(LinearDiscriminantAnalysis(), data["X"], data["y"].ravel(), cv=10).mean())
