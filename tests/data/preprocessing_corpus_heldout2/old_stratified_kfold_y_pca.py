import numpy as np
from sklearn.cross_validation import StratifiedKFold
from sklearn.decomposition import PCA
from sklearn.lda import LDA

X = np.load("gene_expression.npy")
y = np.load("tumour_type.npy")
X_reduced = PCA(n_components=50).fit_transform(X)

accuracies = []
skf = StratifiedKFold(y, n_folds=10)
for tr, te in skf:
    lda = LDA().fit(X_reduced[tr], y[tr])
    accuracies.append(lda.score(X_reduced[te], y[te]))
print("10-fold accuracy %.3f (+/- %.3f)" % (np.mean(accuracies), np.std(accuracies)))
