from sklearn.datasets import load_digits
from sklearn.pipeline import FeatureUnion
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_selection import SelectPercentile, chi2
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

digits = load_digits()
union = FeatureUnion([("svd", TruncatedSVD(n_components=20)), ("chi", SelectPercentile(chi2, percentile=30))])
combined = union.fit_transform(digits.data, digits.target)
c_tr, c_te, t_tr, t_te = train_test_split(combined, digits.target, test_size=0.25, random_state=0)
print(LogisticRegression(max_iter=3000).fit(c_tr, t_tr).score(c_te, t_te))
