var I=globalThis,j=I.ShadowRoot&&(I.ShadyCSS===void 0||I.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,nt=Symbol(),kt=new WeakMap,z=class{constructor(t,e,n){if(this._$cssResult$=!0,n!==nt)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(j&&t===void 0){let n=e!==void 0&&e.length===1;n&&(t=kt.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),n&&kt.set(e,t))}return t}toString(){return this.cssText}},xt=i=>new z(typeof i=="string"?i:i+"",void 0,nt),it=(i,...t)=>{let e=i.length===1?i[0]:t.reduce((n,s,r)=>n+(a=>{if(a._$cssResult$===!0)return a.cssText;if(typeof a=="number")return a;throw Error("Value passed to 'css' function must be a 'css' function result: "+a+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+i[r+1],i[0]);return new z(e,i,nt)},St=(i,t)=>{if(j)i.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of t){let n=document.createElement("style"),s=I.litNonce;s!==void 0&&n.setAttribute("nonce",s),n.textContent=e.cssText,i.appendChild(n)}},st=j?i=>i:i=>i instanceof CSSStyleSheet?(t=>{let e="";for(let n of t.cssRules)e+=n.cssText;return xt(e)})(i):i;var{is:$e,defineProperty:ke,getOwnPropertyDescriptor:xe,getOwnPropertyNames:Se,getOwnPropertySymbols:Ae,getPrototypeOf:Ee}=Object,B=globalThis,At=B.trustedTypes,Ce=At?At.emptyScript:"",Te=B.reactiveElementPolyfillSupport,R=(i,t)=>i,rt={toAttribute(i,t){switch(t){case Boolean:i=i?Ce:null;break;case Object:case Array:i=i==null?i:JSON.stringify(i)}return i},fromAttribute(i,t){let e=i;switch(t){case Boolean:e=i!==null;break;case Number:e=i===null?null:Number(i);break;case Object:case Array:try{e=JSON.parse(i)}catch{e=null}}return e}},Ct=(i,t)=>!$e(i,t),Et={attribute:!0,type:String,converter:rt,reflect:!1,useDefault:!1,hasChanged:Ct};Symbol.metadata??=Symbol("metadata"),B.litPropertyMetadata??=new WeakMap;var $=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=Et){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){let n=Symbol(),s=this.getPropertyDescriptor(t,n,e);s!==void 0&&ke(this.prototype,t,s)}}static getPropertyDescriptor(t,e,n){let{get:s,set:r}=xe(this.prototype,t)??{get(){return this[e]},set(a){this[e]=a}};return{get:s,set(a){let d=s?.call(this);r?.call(this,a),this.requestUpdate(t,d,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??Et}static _$Ei(){if(this.hasOwnProperty(R("elementProperties")))return;let t=Ee(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(R("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(R("properties"))){let e=this.properties,n=[...Se(e),...Ae(e)];for(let s of n)this.createProperty(s,e[s])}let t=this[Symbol.metadata];if(t!==null){let e=litPropertyMetadata.get(t);if(e!==void 0)for(let[n,s]of e)this.elementProperties.set(n,s)}this._$Eh=new Map;for(let[e,n]of this.elementProperties){let s=this._$Eu(e,n);s!==void 0&&this._$Eh.set(s,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let n=new Set(t.flat(1/0).reverse());for(let s of n)e.unshift(st(s))}else t!==void 0&&e.push(st(t));return e}static _$Eu(t,e){let n=e.attribute;return n===!1?void 0:typeof n=="string"?n:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,e=this.constructor.elementProperties;for(let n of e.keys())this.hasOwnProperty(n)&&(t.set(n,this[n]),delete this[n]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return St(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,n){this._$AK(t,n)}_$ET(t,e){let n=this.constructor.elementProperties.get(t),s=this.constructor._$Eu(t,n);if(s!==void 0&&n.reflect===!0){let r=(n.converter?.toAttribute!==void 0?n.converter:rt).toAttribute(e,n.type);this._$Em=t,r==null?this.removeAttribute(s):this.setAttribute(s,r),this._$Em=null}}_$AK(t,e){let n=this.constructor,s=n._$Eh.get(t);if(s!==void 0&&this._$Em!==s){let r=n.getPropertyOptions(s),a=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:rt;this._$Em=s;let d=a.fromAttribute(e,r.type);this[s]=d??this._$Ej?.get(s)??d,this._$Em=null}}requestUpdate(t,e,n,s=!1,r){if(t!==void 0){let a=this.constructor;if(s===!1&&(r=this[t]),n??=a.getPropertyOptions(t),!((n.hasChanged??Ct)(r,e)||n.useDefault&&n.reflect&&r===this._$Ej?.get(t)&&!this.hasAttribute(a._$Eu(t,n))))return;this.C(t,e,n)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:n,reflect:s,wrapped:r},a){n&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,a??e??this[t]),r!==!0||a!==void 0)||(this._$AL.has(t)||(this.hasUpdated||n||(e=void 0),this._$AL.set(t,e)),s===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[s,r]of this._$Ep)this[s]=r;this._$Ep=void 0}let n=this.constructor.elementProperties;if(n.size>0)for(let[s,r]of n){let{wrapped:a}=r,d=this[s];a!==!0||this._$AL.has(s)||d===void 0||this.C(s,void 0,r,d)}}let t=!1,e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(n=>n.hostUpdate?.()),this.update(e)):this._$EM()}catch(n){throw t=!1,this._$EM(),n}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};$.elementStyles=[],$.shadowRootOptions={mode:"open"},$[R("elementProperties")]=new Map,$[R("finalized")]=new Map,Te?.({ReactiveElement:$}),(B.reactiveElementVersions??=[]).push("2.1.2");var ht=globalThis,Tt=i=>i,F=ht.trustedTypes,Nt=F?F.createPolicy("lit-html",{createHTML:i=>i}):void 0,Ht="$lit$",k=`lit$${Math.random().toFixed(9).slice(2)}$`,Lt="?"+k,Ne=`<${Lt}>`,E=document,M=()=>E.createComment(""),H=i=>i===null||typeof i!="object"&&typeof i!="function",pt=Array.isArray,Pe=i=>pt(i)||typeof i?.[Symbol.iterator]=="function",at=`[ 	
\f\r]`,D=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Pt=/-->/g,zt=/>/g,S=RegExp(`>|${at}(?:([^\\s"'>=/]+)(${at}*=${at}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Rt=/'/g,Dt=/"/g,Ut=/^(?:script|style|textarea|title)$/i,gt=i=>(t,...e)=>({_$litType$:i,strings:t,values:e}),p=gt(1),Ot=gt(2),dn=gt(3),C=Symbol.for("lit-noChange"),g=Symbol.for("lit-nothing"),Mt=new WeakMap,A=E.createTreeWalker(E,129);function Wt(i,t){if(!pt(i)||!i.hasOwnProperty("raw"))throw Error("invalid template strings array");return Nt!==void 0?Nt.createHTML(t):t}var ze=(i,t)=>{let e=i.length-1,n=[],s,r=t===2?"<svg>":t===3?"<math>":"",a=D;for(let d=0;d<e;d++){let o=i[d],l,h,c=-1,m=0;for(;m<o.length&&(a.lastIndex=m,h=a.exec(o),h!==null);)m=a.lastIndex,a===D?h[1]==="!--"?a=Pt:h[1]!==void 0?a=zt:h[2]!==void 0?(Ut.test(h[2])&&(s=RegExp("</"+h[2],"g")),a=S):h[3]!==void 0&&(a=S):a===S?h[0]===">"?(a=s??D,c=-1):h[1]===void 0?c=-2:(c=a.lastIndex-h[2].length,l=h[1],a=h[3]===void 0?S:h[3]==='"'?Dt:Rt):a===Dt||a===Rt?a=S:a===Pt||a===zt?a=D:(a=S,s=void 0);let u=a===S&&i[d+1].startsWith("/>")?" ":"";r+=a===D?o+Ne:c>=0?(n.push(l),o.slice(0,c)+Ht+o.slice(c)+k+u):o+k+(c===-2?d:u)}return[Wt(i,r+(i[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),n]},L=class i{constructor({strings:t,_$litType$:e},n){let s;this.parts=[];let r=0,a=0,d=t.length-1,o=this.parts,[l,h]=ze(t,e);if(this.el=i.createElement(l,n),A.currentNode=this.el.content,e===2||e===3){let c=this.el.content.firstChild;c.replaceWith(...c.childNodes)}for(;(s=A.nextNode())!==null&&o.length<d;){if(s.nodeType===1){if(s.hasAttributes())for(let c of s.getAttributeNames())if(c.endsWith(Ht)){let m=h[a++],u=s.getAttribute(c).split(k),_=/([.?@])?(.*)/.exec(m);o.push({type:1,index:r,name:_[2],strings:u,ctor:_[1]==="."?dt:_[1]==="?"?lt:_[1]==="@"?ut:P}),s.removeAttribute(c)}else c.startsWith(k)&&(o.push({type:6,index:r}),s.removeAttribute(c));if(Ut.test(s.tagName)){let c=s.textContent.split(k),m=c.length-1;if(m>0){s.textContent=F?F.emptyScript:"";for(let u=0;u<m;u++)s.append(c[u],M()),A.nextNode(),o.push({type:2,index:++r});s.append(c[m],M())}}}else if(s.nodeType===8)if(s.data===Lt)o.push({type:2,index:r});else{let c=-1;for(;(c=s.data.indexOf(k,c+1))!==-1;)o.push({type:7,index:r}),c+=k.length-1}r++}}static createElement(t,e){let n=E.createElement("template");return n.innerHTML=t,n}};function N(i,t,e=i,n){if(t===C)return t;let s=n!==void 0?e._$Co?.[n]:e._$Cl,r=H(t)?void 0:t._$litDirective$;return s?.constructor!==r&&(s?._$AO?.(!1),r===void 0?s=void 0:(s=new r(i),s._$AT(i,e,n)),n!==void 0?(e._$Co??=[])[n]=s:e._$Cl=s),s!==void 0&&(t=N(i,s._$AS(i,t.values),s,n)),t}var ot=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:e},parts:n}=this._$AD,s=(t?.creationScope??E).importNode(e,!0);A.currentNode=s;let r=A.nextNode(),a=0,d=0,o=n[0];for(;o!==void 0;){if(a===o.index){let l;o.type===2?l=new U(r,r.nextSibling,this,t):o.type===1?l=new o.ctor(r,o.name,o.strings,this,t):o.type===6&&(l=new ct(r,this,t)),this._$AV.push(l),o=n[++d]}a!==o?.index&&(r=A.nextNode(),a++)}return A.currentNode=E,s}p(t){let e=0;for(let n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(t,n,e),e+=n.strings.length-2):n._$AI(t[e])),e++}},U=class i{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,n,s){this.type=2,this._$AH=g,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=n,this.options=s,this._$Cv=s?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=N(this,t,e),H(t)?t===g||t==null||t===""?(this._$AH!==g&&this._$AR(),this._$AH=g):t!==this._$AH&&t!==C&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):Pe(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==g&&H(this._$AH)?this._$AA.nextSibling.data=t:this.T(E.createTextNode(t)),this._$AH=t}$(t){let{values:e,_$litType$:n}=t,s=typeof n=="number"?this._$AC(t):(n.el===void 0&&(n.el=L.createElement(Wt(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===s)this._$AH.p(e);else{let r=new ot(s,this),a=r.u(this.options);r.p(e),this.T(a),this._$AH=r}}_$AC(t){let e=Mt.get(t.strings);return e===void 0&&Mt.set(t.strings,e=new L(t)),e}k(t){pt(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,n,s=0;for(let r of t)s===e.length?e.push(n=new i(this.O(M()),this.O(M()),this,this.options)):n=e[s],n._$AI(r),s++;s<e.length&&(this._$AR(n&&n._$AB.nextSibling,s),e.length=s)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){let n=Tt(t).nextSibling;Tt(t).remove(),t=n}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},P=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,n,s,r){this.type=1,this._$AH=g,this._$AN=void 0,this.element=t,this.name=e,this._$AM=s,this.options=r,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=g}_$AI(t,e=this,n,s){let r=this.strings,a=!1;if(r===void 0)t=N(this,t,e,0),a=!H(t)||t!==this._$AH&&t!==C,a&&(this._$AH=t);else{let d=t,o,l;for(t=r[0],o=0;o<r.length-1;o++)l=N(this,d[n+o],e,o),l===C&&(l=this._$AH[o]),a||=!H(l)||l!==this._$AH[o],l===g?t=g:t!==g&&(t+=(l??"")+r[o+1]),this._$AH[o]=l}a&&!s&&this.j(t)}j(t){t===g?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},dt=class extends P{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===g?void 0:t}},lt=class extends P{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==g)}},ut=class extends P{constructor(t,e,n,s,r){super(t,e,n,s,r),this.type=5}_$AI(t,e=this){if((t=N(this,t,e,0)??g)===C)return;let n=this._$AH,s=t===g&&n!==g||t.capture!==n.capture||t.once!==n.once||t.passive!==n.passive,r=t!==g&&(n===g||s);s&&this.element.removeEventListener(this.name,this,n),r&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},ct=class{constructor(t,e,n){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(t){N(this,t)}};var Re=ht.litHtmlPolyfillSupport;Re?.(L,U),(ht.litHtmlVersions??=[]).push("3.3.3");var It=(i,t,e)=>{let n=e?.renderBefore??t,s=n._$litPart$;if(s===void 0){let r=e?.renderBefore??null;n._$litPart$=s=new U(t.insertBefore(M(),r),r,void 0,e??{})}return s._$AI(i),s};var _t=globalThis,v=class extends ${constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=It(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return C}};v._$litElement$=!0,v.finalized=!0,_t.litElementHydrateSupport?.({LitElement:v});var De=_t.litElementPolyfillSupport;De?.({LitElement:v});(_t.litElementVersions??=[]).push("4.2.2");function Me(i){return i==="sitting"||i==="standing"||i==="away"?i:"unknown"}function jt(i){return(i??[]).map(t=>({at:Math.round((t.lc??t.lu)*1e3),state:t.s}))}function mt(i,t){if(!t)return i;let e=i[i.length-1];return e&&(t.at<e.at||t.at===e.at&&t.state===e.state)?i:[...i,t]}function Bt(i,t,e){let n=[...i].sort((a,d)=>a.at-d.at),s=[];n.forEach((a,d)=>{let o=Math.max(a.at,t),l=n[d+1],h=Math.min(l?l.at:e,e);if(h<=o)return;let c=Me(a.state),m=s[s.length-1];m&&m.kind===c&&m.end===o?m.end=h:s.push({kind:c,start:o,end:h})});let r=s.findIndex(a=>a.kind==="sitting"||a.kind==="standing");return r<0?[]:s.slice(r)}function Ft(i){let t={sitting:0,standing:0,away:0,unknown:0};for(let e of i)t[e.kind]+=(e.end-e.start)/6e4;return t}function Vt(i,t,e){let n=new Map;for(let s of i??[]){let r=s.a??{},a=r.nudge_id;if(typeof a!="string"||n.has(a))continue;let d=typeof r.fired_at=="string"?Date.parse(r.fired_at):Math.round((s.lc??s.lu)*1e3);Number.isNaN(d)||d<t||d>e||n.set(a,{at:d,kind:s.s,id:a})}return[...n.values()].sort((s,r)=>s.at-r.at)}var Kt=new Map;function He(i){let t=Kt.get(i);return t||(t=new Intl.DateTimeFormat("en-US",{timeZone:i,hourCycle:"h23",year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric"}),Kt.set(i,t)),t}function V(i,t){let e={};for(let n of He(t).formatToParts(new Date(i)))n.type!=="literal"&&(e[n.type]=Number(n.value));return{year:e.year,month:e.month,day:e.day,hour:e.hour%24,minute:e.minute,second:e.second}}function Zt(i,t){let e=V(i,t);return Date.UTC(e.year,e.month-1,e.day,e.hour,e.minute,e.second)-Math.floor(i/1e3)*1e3}function qt(i,t,e,n){let s=Date.UTC(i,t-1,e),r=s-Zt(s,n);return r=s-Zt(r,n),r}function K(i,t){let e=V(i,t);return qt(e.year,e.month,e.day,t)}function Z(i,t,e){let n=V(i+432e5+t*864e5,e);return qt(n.year,n.month,n.day,e)}function Gt(i,t){let e=V(i,t);return new Date(Date.UTC(e.year,e.month-1,e.day)).getUTCDay()}function Yt(i){let t=(i??"en").toLowerCase().split(/[-_]/)[0];return["en","de","nl","fr","es"].includes(t)?t:"en"}function f(i,t){let e=Math.max(0,Math.round(i)),n=Math.floor(e/60),s=e%60,r=(a,d)=>new Intl.NumberFormat(t,{style:"unit",unit:d,unitDisplay:"short"}).format(a);return n===0?r(s,"minute"):s===0?r(n,"hour"):`${r(n,"hour")} ${r(s,"minute")}`}function w(i,t,e){let{hourCycle:n}=new Intl.DateTimeFormat(t,{hour:"numeric"}).resolvedOptions(),s=n==="h23"||n==="h24";return new Intl.DateTimeFormat(t,{hour:s?"2-digit":"numeric",minute:"2-digit",timeZone:e}).format(new Date(i))}function q(i,t,e){return new Intl.DateTimeFormat(t,{weekday:"short",day:"numeric",timeZone:e}).format(new Date(i))}function Le(i){return typeof i=="number"?i:Date.parse(i)}function Jt(i){let t=new Map;for(let e of i??[]){let n=typeof e.change=="number"?e.change:typeof e.state=="number"?e.state:typeof e.max=="number"?e.max:null;n!==null&&t.set(Le(e.start),Math.max(0,n))}return t}function Qt(i,t){for(let[e,n]of i)if(Math.abs(e-t)<=36e5)return n;return null}function Xt(i){return i.length?i.reduce((t,e)=>t+e,0)/i.length:null}function te(i){let{todayStart:t,today:e,count:n,timeZone:s}=i,r=Jt(i.seated),a=Jt(i.standing),d=Math.max(n,14),o=[];for(let u=d-1;u>=1;u--){let _=Z(t,-u,s);o.push({start:_,seated:Qt(r,_),standing:Qt(a,_)})}o.push({start:t,seated:e.seated,standing:e.standing});let l=o.slice(-n),h=l.slice(0,-1).filter(u=>(u.seated??0)+(u.standing??0)>0),c=(Gt(t,s)-(i.firstWeekday??1)+7)%7,m=(u,_)=>{let y=o.slice(o.length-1-u,o.length-_);return{seated:y.reduce((b,T)=>b+(T.seated??0),0),standing:y.reduce((b,T)=>b+(T.standing??0),0)}};return{bars:l,averageSeated:Xt(h.map(u=>u.seated??0)),averageStanding:Xt(h.map(u=>u.standing??0)),thisWeek:m(c,0),lastWeek:m(c+7,7)}}function ee(i,t){return!!(i?.length||t?.length)}var ne=["sunday","monday","tuesday","wednesday","thursday","friday","saturday"];function G(i,t){let e=window.customElements;e.get(i)||e.define(i,t);let n=window.setInterval(()=>{let s=window.customElements;s!==e&&(window.clearInterval(n),s.get(i)||s.define(i,class extends t{}))},50);window.setTimeout(()=>window.clearInterval(n),6e4)}var x="backcare",Ue={posture:["sensor","posture"],seated:["sensor","seated_time_today"],standing:["sensor","standing_time_today"],bout:["sensor","sitting_bout"],sittingSince:["sensor","sitting_since"],nudge:["sensor","nudge"],routineStep:["sensor","routine_step"],done:["button","done"],snooze:["button","snooze"]};function ie(i,t){let e={};for(let n of Object.values(i)){if(!n||n.device_id!==t||n.platform!==x)continue;let s=n.entity_id.split(".")[0];for(let[r,[a,d]]of Object.entries(Ue))s===a&&n.translation_key===d&&(e[r]=n.entity_id)}return e}function se(i){return Object.values(i).find(t=>t?.platform===x&&t.translation_key==="posture"&&t.device_id)?.device_id}function re(){return[{name:"device",required:!0,selector:{device:{filter:{integration:x}}}},{name:"title",selector:{text:{}}},{name:"show_now",selector:{boolean:{}}},{name:"show_today",selector:{boolean:{}}},{name:"show_week",selector:{boolean:{}}},{name:"days",selector:{select:{mode:"dropdown",options:[{value:"7",label:"7"},{value:"30",label:"30"}]}}},{name:"sit_limit",selector:{number:{min:1,max:240,mode:"box",unit_of_measurement:"min"}}},{name:"standing_goal",selector:{number:{min:1,max:600,mode:"box",unit_of_measurement:"min"}}}]}function ae(i){return{show_now:!0,show_today:!0,show_week:!0,...i,days:String(Number(i.days)===30?30:7)}}function oe(i,t){let e={...t,type:i.type};e.days=Number(t.days)===30?30:7;for(let n of Object.keys(e))(e[n]===""||e[n]===void 0||e[n]===null)&&delete e[n];return e}var Oe={now:"Now",today:"Today",last_days:"Last {days} days",sitting:"Sitting",standing:"Standing",away:"Away",unknown:"Unknown",unavailable:"Unavailable",sitting_bout:"Sitting bout",of_limit:"of {limit}",not_sitting:"Not sitting",ring_label:"Sitting bout {bout} of a {limit} sit limit",no_nudge:"No nudge right now.",nudge_level:"level {level}",snoozed_until:"Snoozed until {time}",done:"Done",snooze:"Snooze",start_break:"Start break",done_label:"Done: I did the exercise",snooze_label:"Snooze the nudges",start_break_label:"Start a break now",start_routine:"Start routine",start_routine_label:"Start the routine: {routine}",stop_routine:"Stop",stop_routine_label:"Stop the routine",routine_step_of:"Step {step} of {total}",routine_time_left:"Time left in this step",routine_evening:"Evening stretch",routine_core:"Morning core",routine_mobility:"Mobility",action_failed:"That did not work: {error}",seated_today:"Seated today",standing_today:"Standing today",goal_of:"of {goal} goal",ribbon_summary:"From {start} to {end}: sitting {sitting}, standing {standing}, away {away}; {nudges} nudges.",ribbon_empty:"Nobody at the desk yet today.",nudge_at:"{kind} nudge at {time}",average:"Average per day at the desk",this_week:"This week so far",last_week:"Same days last week",bars_summary:"{day}: sitting {seated}, standing {standing}",no_data:"no data",no_device:"Choose a workstation in the card's settings.",unknown_device:"This workstation was not found: it may have been removed. Choose one in the card's settings.",history_failed:"Today's history could not be loaded: {error}",statistics_failed:"The statistics could not be loaded: {error}",no_statistics:"No long-term statistics yet for this workstation: the bars appear as the days are recorded.",loading:"Loading…",kind_stand:"Stand up",kind_sit:"Sit or move",kind_move:"Mobility break",kind_stretch:"Evening stretch",kind_core:"Morning core",kind_posture:"Posture cue",editor_device:"Workstation",editor_title:"Title (optional)",editor_show_now:"Now: posture, sitting bout and nudge",editor_show_today:"Today: the day's ribbon and totals",editor_show_week:"Week or month: daily bars",editor_days:"Days in the bars",editor_sit_limit:"Sit limit in minutes (when the workstation reports none)",editor_standing_goal:"Standing goal in minutes (when the workstation reports none)"},We={now:"Jetzt",today:"Heute",last_days:"Letzte {days} Tage",sitting:"Sitzen",standing:"Stehen",away:"Abwesend",unknown:"Unbekannt",unavailable:"Nicht verfügbar",sitting_bout:"Sitzphase",of_limit:"von {limit}",not_sitting:"Sitzt nicht",ring_label:"Sitzphase {bout} von {limit} Sitzlimit",no_nudge:"Gerade kein Hinweis.",nudge_level:"Stufe {level}",snoozed_until:"Pausiert bis {time}",done:"Erledigt",snooze:"Später",start_break:"Pause starten",done_label:"Erledigt: Übung gemacht",snooze_label:"Hinweise später erinnern",start_break_label:"Jetzt eine Pause starten",start_routine:"Routine starten",start_routine_label:"Routine starten: {routine}",stop_routine:"Beenden",stop_routine_label:"Routine beenden",routine_step_of:"Schritt {step} von {total}",routine_time_left:"Verbleibende Zeit dieses Schritts",routine_evening:"Dehnen am Abend",routine_core:"Rumpftraining am Morgen",routine_mobility:"Mobilität",action_failed:"Das hat nicht geklappt: {error}",seated_today:"Heute gesessen",standing_today:"Heute gestanden",goal_of:"von {goal} Ziel",ribbon_summary:"Von {start} bis {end}: gesessen {sitting}, gestanden {standing}, abwesend {away}; {nudges} Hinweise.",ribbon_empty:"Heute noch niemand am Schreibtisch.",nudge_at:"Hinweis {kind} um {time}",average:"Durchschnitt pro Tag am Schreibtisch",this_week:"Diese Woche bisher",last_week:"Dieselben Tage letzte Woche",bars_summary:"{day}: gesessen {seated}, gestanden {standing}",no_data:"keine Daten",no_device:"Wähle einen Arbeitsplatz in den Einstellungen der Karte.",unknown_device:"Dieser Arbeitsplatz wurde nicht gefunden: vielleicht wurde er entfernt. Wähle einen in den Einstellungen der Karte.",history_failed:"Der heutige Verlauf konnte nicht geladen werden: {error}",statistics_failed:"Die Statistiken konnten nicht geladen werden: {error}",no_statistics:"Noch keine Langzeitstatistiken für diesen Arbeitsplatz: die Balken erscheinen, sobald Tage aufgezeichnet sind.",loading:"Wird geladen…",kind_stand:"Aufstehen",kind_sit:"Hinsetzen oder bewegen",kind_move:"Bewegungspause",kind_stretch:"Abenddehnung",kind_core:"Morgen-Rumpftraining",kind_posture:"Haltungshinweis",editor_device:"Arbeitsplatz",editor_title:"Titel (optional)",editor_show_now:"Jetzt: Haltung, Sitzphase und Hinweis",editor_show_today:"Heute: Tagesband und Summen",editor_show_week:"Woche oder Monat: Balken pro Tag",editor_days:"Tage in den Balken",editor_sit_limit:"Sitzlimit in Minuten (wenn der Arbeitsplatz keines meldet)",editor_standing_goal:"Stehziel in Minuten (wenn der Arbeitsplatz keines meldet)"},Ie={now:"Nu",today:"Vandaag",last_days:"Laatste {days} dagen",sitting:"Zitten",standing:"Staan",away:"Weg",unknown:"Onbekend",unavailable:"Niet beschikbaar",sitting_bout:"Zitperiode",of_limit:"van {limit}",not_sitting:"Zit niet",ring_label:"Zitperiode {bout} van een zitlimiet van {limit}",no_nudge:"Nu geen herinnering.",nudge_level:"niveau {level}",snoozed_until:"Gesluimerd tot {time}",done:"Gedaan",snooze:"Sluimeren",start_break:"Pauze starten",done_label:"Gedaan: oefening uitgevoerd",snooze_label:"Herinneringen laten sluimeren",start_break_label:"Nu een pauze starten",start_routine:"Routine starten",start_routine_label:"Routine starten: {routine}",stop_routine:"Stoppen",stop_routine_label:"Routine stoppen",routine_step_of:"Stap {step} van {total}",routine_time_left:"Resterende tijd van deze stap",routine_evening:"Avondstretch",routine_core:"Ochtendcore",routine_mobility:"Mobiliteit",action_failed:"Dat lukte niet: {error}",seated_today:"Vandaag gezeten",standing_today:"Vandaag gestaan",goal_of:"van {goal} doel",ribbon_summary:"Van {start} tot {end}: gezeten {sitting}, gestaan {standing}, weg {away}; {nudges} herinneringen.",ribbon_empty:"Vandaag nog niemand aan het bureau.",nudge_at:"Herinnering {kind} om {time}",average:"Gemiddeld per dag aan het bureau",this_week:"Deze week tot nu",last_week:"Dezelfde dagen vorige week",bars_summary:"{day}: gezeten {seated}, gestaan {standing}",no_data:"geen gegevens",no_device:"Kies een werkplek in de instellingen van de kaart.",unknown_device:"Deze werkplek is niet gevonden: misschien is hij verwijderd. Kies er een in de instellingen van de kaart.",history_failed:"De geschiedenis van vandaag kon niet worden geladen: {error}",statistics_failed:"De statistieken konden niet worden geladen: {error}",no_statistics:"Nog geen langetermijnstatistieken voor deze werkplek: de balken verschijnen zodra er dagen zijn vastgelegd.",loading:"Laden…",kind_stand:"Opstaan",kind_sit:"Zitten of bewegen",kind_move:"Beweegpauze",kind_stretch:"Avondstretch",kind_core:"Ochtendcore",kind_posture:"Houdingssignaal",editor_device:"Werkplek",editor_title:"Titel (optioneel)",editor_show_now:"Nu: houding, zitperiode en herinnering",editor_show_today:"Vandaag: het lint van de dag en totalen",editor_show_week:"Week of maand: balken per dag",editor_days:"Dagen in de balken",editor_sit_limit:"Zitlimiet in minuten (als de werkplek er geen meldt)",editor_standing_goal:"Staandoel in minuten (als de werkplek er geen meldt)"},je={now:"Maintenant",today:"Aujourd'hui",last_days:"{days} derniers jours",sitting:"Assis",standing:"Debout",away:"Absent",unknown:"Inconnu",unavailable:"Indisponible",sitting_bout:"Période assise",of_limit:"sur {limit}",not_sitting:"Pas assis",ring_label:"Période assise {bout} sur une limite de {limit}",no_nudge:"Aucun rappel pour l'instant.",nudge_level:"niveau {level}",snoozed_until:"En pause jusqu'à {time}",done:"Fait",snooze:"Plus tard",start_break:"Commencer une pause",done_label:"Fait : exercice accompli",snooze_label:"Reporter les rappels",start_break_label:"Commencer une pause maintenant",start_routine:"Lancer la routine",start_routine_label:"Lancer la routine : {routine}",stop_routine:"Arrêter",stop_routine_label:"Arrêter la routine",routine_step_of:"Étape {step} sur {total}",routine_time_left:"Temps restant pour cette étape",routine_evening:"Étirements du soir",routine_core:"Gainage du matin",routine_mobility:"Mobilité",action_failed:"Cela n'a pas fonctionné : {error}",seated_today:"Assis aujourd'hui",standing_today:"Debout aujourd'hui",goal_of:"sur un objectif de {goal}",ribbon_summary:"De {start} à {end} : assis {sitting}, debout {standing}, absent {away} ; {nudges} rappels.",ribbon_empty:"Personne au bureau aujourd'hui pour l'instant.",nudge_at:"Rappel {kind} à {time}",average:"Moyenne par jour au bureau",this_week:"Cette semaine jusqu'ici",last_week:"Mêmes jours la semaine dernière",bars_summary:"{day} : assis {seated}, debout {standing}",no_data:"pas de données",no_device:"Choisissez un poste de travail dans les réglages de la carte.",unknown_device:"Ce poste de travail est introuvable : il a peut-être été supprimé. Choisissez-en un dans les réglages de la carte.",history_failed:"L'historique du jour n'a pas pu être chargé : {error}",statistics_failed:"Les statistiques n'ont pas pu être chargées : {error}",no_statistics:"Pas encore de statistiques à long terme pour ce poste : les barres apparaissent à mesure que les jours sont enregistrés.",loading:"Chargement…",kind_stand:"Se lever",kind_sit:"S'asseoir ou bouger",kind_move:"Pause mobilité",kind_stretch:"Étirements du soir",kind_core:"Gainage du matin",kind_posture:"Signal de posture",editor_device:"Poste de travail",editor_title:"Titre (facultatif)",editor_show_now:"Maintenant : posture, période assise et rappel",editor_show_today:"Aujourd'hui : le ruban du jour et les totaux",editor_show_week:"Semaine ou mois : barres par jour",editor_days:"Jours dans les barres",editor_sit_limit:"Limite assise en minutes (si le poste n'en indique pas)",editor_standing_goal:"Objectif debout en minutes (si le poste n'en indique pas)"},Be={now:"Ahora",today:"Hoy",last_days:"Últimos {days} días",sitting:"Sentado",standing:"De pie",away:"Ausente",unknown:"Desconocido",unavailable:"No disponible",sitting_bout:"Periodo sentado",of_limit:"de {limit}",not_sitting:"No sentado",ring_label:"Periodo sentado {bout} de un límite de {limit}",no_nudge:"Ningún aviso ahora.",nudge_level:"nivel {level}",snoozed_until:"Pospuesto hasta las {time}",done:"Hecho",snooze:"Posponer",start_break:"Empezar pausa",done_label:"Hecho: ejercicio realizado",snooze_label:"Posponer los avisos",start_break_label:"Empezar una pausa ahora",start_routine:"Empezar rutina",start_routine_label:"Empezar la rutina: {routine}",stop_routine:"Detener",stop_routine_label:"Detener la rutina",routine_step_of:"Paso {step} de {total}",routine_time_left:"Tiempo restante de este paso",routine_evening:"Estiramientos de la noche",routine_core:"Core de la mañana",routine_mobility:"Movilidad",action_failed:"No ha funcionado: {error}",seated_today:"Sentado hoy",standing_today:"De pie hoy",goal_of:"de un objetivo de {goal}",ribbon_summary:"De {start} a {end}: sentado {sitting}, de pie {standing}, ausente {away}; {nudges} avisos.",ribbon_empty:"Todavía nadie en el escritorio hoy.",nudge_at:"Aviso {kind} a las {time}",average:"Media por día en el escritorio",this_week:"Esta semana hasta ahora",last_week:"Mismos días la semana pasada",bars_summary:"{day}: sentado {seated}, de pie {standing}",no_data:"sin datos",no_device:"Elige un puesto de trabajo en los ajustes de la tarjeta.",unknown_device:"No se encontró este puesto de trabajo: quizá se eliminó. Elige uno en los ajustes de la tarjeta.",history_failed:"No se pudo cargar el historial de hoy: {error}",statistics_failed:"No se pudieron cargar las estadísticas: {error}",no_statistics:"Aún no hay estadísticas a largo plazo de este puesto: las barras aparecen a medida que se registran los días.",loading:"Cargando…",kind_stand:"Levantarse",kind_sit:"Sentarse o moverse",kind_move:"Pausa de movilidad",kind_stretch:"Estiramiento de la tarde",kind_core:"Core matutino",kind_posture:"Aviso de postura",editor_device:"Puesto de trabajo",editor_title:"Título (opcional)",editor_show_now:"Ahora: postura, periodo sentado y aviso",editor_show_today:"Hoy: la cinta del día y los totales",editor_show_week:"Semana o mes: barras por día",editor_days:"Días en las barras",editor_sit_limit:"Límite sentado en minutos (si el puesto no indica ninguno)",editor_standing_goal:"Objetivo de pie en minutos (si el puesto no indica ninguno)"},Fe={en:Oe,de:We,nl:Ie,fr:je,es:Be};function Y(i){let t=Fe[Yt(i)];return(e,n={})=>t[e].replace(/\{(\w+)\}/g,(s,r)=>r in n?String(n[r]):s)}var J=class extends v{setConfig(t){this._config=t}connectedCallback(){super.connectedCallback(),customElements.get("ha-form")||customElements.get("hui-tile-card")?.getConfigElement?.()}render(){if(!this.hass||!this._config)return g;let t=Y(this.hass.locale?.language??this.hass.language);return p`<ha-form
      .hass=${this.hass}
      .data=${ae(this._config)}
      .schema=${re()}
      .computeLabel=${e=>t(`editor_${e.name}`)}
      @value-changed=${this._changed}
    ></ha-form>`}_changed(t){t.stopPropagation(),this._config&&(this._config=oe(this._config,t.detail.value),this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:this._config},bubbles:!0,composed:!0})))}};J.properties={hass:{attribute:!1},_config:{state:!0}};G("backcare-card-editor",J);function ft(i){let t=i?.attributes??{},e=t.exercise_image;if(typeof t.nudge_id!="string"||typeof e!="string"||!e)return;let n=t.exercise_name,s=t.exercise;return{path:e,alt:typeof n=="string"&&n?n:typeof s=="string"?s:""}}var de=86400,Ve=36e5,Q=new Map;function Ke(i,t,e=Date.now()){let n=Q.get(t);if(n&&n.until>e)return n.url;let s=i.callWS({type:"auth/sign_path",path:t,expires:de}).then(r=>r.path);return Q.set(t,{url:s,until:e+de*1e3-Ve}),s.catch(()=>le(t,s)),s}function le(i,t){(t===void 0||Q.get(i)?.url===t)&&Q.delete(i)}var O=class{constructor(t){this.changed=t;this.signedAgain=!1}follow(t,e){e!==this.path&&(this.path=e,this.src=void 0,this.signedAgain=!1,e&&this.sign(t,e))}missing(t){this.src=void 0,this.changed();let e=this.path;!e||this.signedAgain||(this.signedAgain=!0,le(e),this.sign(t,e))}sign(t,e){Ke(t,e).then(n=>{this.path===e&&(this.src=n,this.changed())},()=>{})}};function ue(i,t){return i===null?"idle":t<=0||i>=t?"over":i>=.8*t?"near":"ok"}function ce(i){switch(i){case"ok":return"var(--success-color, #43a047)";case"near":return"var(--warning-color, #ffa600)";case"over":return"var(--error-color, #db4437)";default:return"var(--disabled-color, #bdbdbd)"}}function he(i,t){return i===null||t<=0?i?1:0:Math.min(1,Math.max(0,i/t))}function pe(i,t,e,n){if(i!=="sitting")return null;let s=t?Date.parse(t):Number.NaN;if(!Number.isNaN(s))return Math.max(0,(n-s)/6e4);let r=Number(e);return Number.isFinite(r)?r:0}var Ze={s:1/60,min:1,h:60,d:1440};function qe(i,t){return i*(Ze[typeof t=="string"?t:"min"]??1)}function ge(i,t,e,n,s,r){if(i===void 0||i===""||!Number.isFinite(Number(i)))return null;let a=qe(Number(i),t);if(!n||!e)return a;let d=Date.parse(e);if(Number.isNaN(d))return a;let o=r?Date.parse(r):Number.NaN,l=Number.isNaN(o)?d:Math.max(d,o);return a+Math.max(0,(s-l)/6e4)}function bt(i,t){let e=i?.[t];return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}var Ge=["evening","core","mobility"],Ye={stretch:"evening",core:"core"};function _e(i,t){if(!(!i||typeof i.attributes.nudge_id!="string"||t))return Ye[i.state]}function Je(i){return Ge.includes(i)}function yt(i){let t=i?.attributes??{},{routine:e,step:n,total:s,exercise:r,ends_at:a}=t;if(!(!Je(e)||typeof n!="number"||typeof s!="number"))return{routine:e,step:n,total:s,text:i?.state??"",exercise:typeof r=="string"&&r?r:void 0,endsAt:typeof a=="string"?Date.parse(a):NaN}}function Qe(i,t){return Number.isNaN(i)?0:Math.max(0,Math.ceil((i-t)/1e3))}function me(i,t){if(Number.isNaN(i))return"";let e=Qe(i,t);return`${Math.floor(e/60)}:${String(e%60).padStart(2,"0")}`}function fe(i){return`/api/backcare/pictures/${i}.png`}var be=it`
  :host {
    display: block;
    --bc-sitting: var(--backcare-sitting-color, #f4a340);
    --bc-standing: var(--backcare-standing-color, #4caf7a);
    --bc-away: var(--backcare-away-color, var(--divider-color, #d0d0d0));
    --bc-unknown: var(--backcare-unknown-color, transparent);
  }
  ha-card {
    padding: 16px;
    box-sizing: border-box;
    color: var(--primary-text-color);
  }
  .card-title {
    font-size: var(--ha-card-header-font-size, 1.25rem);
    font-weight: 500;
    margin: 0 0 12px;
  }
  section + section {
    margin-top: 20px;
    padding-top: 16px;
    border-top: 1px solid var(--divider-color, rgba(127, 127, 127, 0.25));
  }
  h3 {
    font-size: 0.95rem;
    font-weight: 500;
    margin: 0 0 10px;
    color: var(--secondary-text-color);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .message {
    padding: 10px 12px;
    border-radius: 8px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
    color: var(--primary-text-color);
    line-height: 1.4;
  }
  .message.error {
    border-left: 4px solid var(--error-color, #db4437);
  }
  .now {
    display: flex;
    gap: 16px;
    align-items: center;
    flex-wrap: wrap;
  }
  .ring {
    position: relative;
    width: 120px;
    height: 120px;
    flex: none;
  }
  .ring svg {
    width: 100%;
    height: 100%;
    transform: rotate(-90deg);
  }
  .ring .track {
    stroke: var(--divider-color, rgba(127, 127, 127, 0.25));
  }
  .ring .value {
    transition: stroke-dashoffset 0.6s ease, stroke 0.6s ease;
  }
  .ring .center {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
  }
  .ring .big {
    font-size: 1.3rem;
    font-weight: 600;
  }
  .ring .small,
  .muted {
    font-size: 0.85rem;
    color: var(--secondary-text-color);
  }
  .status {
    flex: 1 1 180px;
    min-width: 0;
  }
  .posture {
    font-size: 1.4rem;
    font-weight: 500;
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .dot {
    width: 12px;
    height: 12px;
    border-radius: 50%;
    display: inline-block;
    flex: none;
  }
  .dot.sitting {
    background: var(--bc-sitting);
  }
  .dot.standing {
    background: var(--bc-standing);
  }
  .dot.away,
  .dot.unknown {
    background: var(--bc-away);
  }
  .nudge {
    margin-top: 12px;
    padding: 10px 12px;
    border-radius: 8px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
  }
  .nudge strong {
    display: block;
  }
  .exercise-picture {
    display: block;
    width: 100%;
    max-width: 360px;
    aspect-ratio: 2 / 1;
    margin-top: 8px;
    border-radius: 12px;
  }
  .nudge ol {
    margin: 6px 0 0;
    padding-left: 20px;
  }
  .routine {
    margin-top: 12px;
    padding: 10px 12px;
    border-radius: 8px;
    border-left: 4px solid var(--primary-color, #03a9f4);
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
  }
  .routine-step strong {
    margin-right: 8px;
  }
  .routine-text {
    margin-top: 4px;
    font-size: 1.1rem;
  }
  .countdown {
    font-size: 2rem;
    font-weight: 500;
    font-variant-numeric: tabular-nums;
    margin-top: 4px;
  }
  .routine .meter div {
    background: var(--primary-color, #03a9f4);
  }
  .routine button {
    margin-top: 10px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 12px;
  }
  button {
    font: inherit;
    font-weight: 500;
    min-height: 40px;
    padding: 0 16px;
    border-radius: 20px;
    border: 1px solid var(--primary-color, #03a9f4);
    background: transparent;
    color: var(--primary-color, #03a9f4);
    cursor: pointer;
  }
  button.primary {
    background: var(--primary-color, #03a9f4);
    color: var(--text-primary-color, #fff);
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button:focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  .ribbon {
    position: relative;
    height: 28px;
    border-radius: 6px;
    overflow: hidden;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.1));
  }
  .band {
    position: absolute;
    top: 0;
    bottom: 0;
  }
  .band.sitting {
    background: var(--bc-sitting);
  }
  .band.standing {
    background: var(--bc-standing);
  }
  .band.away {
    background: var(--bc-away);
  }
  .band.unknown {
    background: var(--bc-unknown);
  }
  .markers {
    position: relative;
    height: 12px;
  }
  .marker {
    position: absolute;
    top: 0;
    width: 0;
    height: 0;
    margin-left: -6px;
    border-left: 6px solid transparent;
    border-right: 6px solid transparent;
    border-bottom: 10px solid var(--primary-text-color);
  }
  .axis {
    display: flex;
    justify-content: space-between;
    font-size: 0.8rem;
    color: var(--secondary-text-color);
    margin-top: 2px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin-top: 8px;
    font-size: 0.85rem;
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
    gap: 12px;
    margin-top: 14px;
  }
  .figure .value {
    font-size: 1.25rem;
    font-weight: 600;
  }
  .meter {
    height: 6px;
    border-radius: 3px;
    background: var(--divider-color, rgba(127, 127, 127, 0.25));
    overflow: hidden;
    margin-top: 4px;
  }
  .meter div {
    height: 100%;
    background: var(--bc-standing);
  }
  .bars {
    display: flex;
    align-items: flex-end;
    gap: 2px;
    height: 120px;
  }
  .bar {
    flex: 1 1 0;
    display: flex;
    flex-direction: column-reverse;
    min-width: 0;
    height: 100%;
  }
  .bar .seated {
    background: var(--bc-sitting);
  }
  .bar .standing {
    background: var(--bc-standing);
  }
  .bar.today {
    opacity: 0.75;
  }
  .bar-labels {
    display: flex;
    gap: 2px;
    font-size: 0.7rem;
    color: var(--secondary-text-color);
    margin-top: 4px;
  }
  .bar-labels span {
    flex: 1 1 0;
    text-align: center;
    overflow: hidden;
    white-space: nowrap;
  }
  .compare {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
    gap: 12px;
    margin-top: 12px;
    font-size: 0.9rem;
  }
  table.weeks {
    border-collapse: collapse;
    font-size: 0.9rem;
  }
  table.weeks th,
  table.weeks td {
    text-align: left;
    font-weight: normal;
    padding: 2px 12px 2px 0;
    vertical-align: bottom;
  }
  table.weeks th[scope="row"] {
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;var Xe=30,tn=120,ye=1e4,en=1e3,nn=15*6e4;function vt(i){return i&&typeof i=="object"&&"message"in i?String(i.message):String(i)}var W=class extends v{constructor(){super(...arguments);this._now=Date.now();this._nudgePicture=new O(()=>this.requestUpdate());this._routinePicture=new O(()=>this.requestUpdate());this._tickMs=ye;this._loadedAt=0;this._nudgePictureMissing=()=>this._nudgePicture.missing(this.hass);this._routinePictureMissing=()=>this._routinePicture.missing(this.hass)}static getConfigElement(){return document.createElement("backcare-card-editor")}static getStubConfig(e){let n=e?se(e.entities??{}):void 0;return n?{device:n}:{}}setConfig(e){if(!e||typeof e!="object")throw new Error("Invalid configuration");this._config=e,this._loadedKey=void 0}getCardSize(){let e=this._config??{};return 1+(e.show_now!==!1?4:0)+(e.show_today!==!1?3:0)+(e.show_week!==!1?4:0)}getGridOptions(){return{columns:12,min_columns:6,rows:"auto"}}connectedCallback(){super.connectedCallback(),this._now=Date.now(),this._startClock()}disconnectedCallback(){super.disconnectedCallback(),this._timer!==void 0&&window.clearInterval(this._timer),this._timer=void 0}_startClock(){this._timer!==void 0&&window.clearInterval(this._timer),this._timer=window.setInterval(()=>{this._now=Date.now()},this._tickMs)}_followRoutineClock(e){let n=e?en:ye;n!==this._tickMs&&(this._tickMs=n,this._timer!==void 0&&this._startClock())}get _localize(){return Y(this.hass?.locale?.language??this.hass?.language)}get _language(){return this.hass?.locale?.language??this.hass?.language??"en"}get _serverZone(){return this.hass?.config?.time_zone||"UTC"}get _displayZone(){return this.hass?.locale?.time_zone==="local"?Intl.DateTimeFormat().resolvedOptions().timeZone:this._serverZone}get _entities(){return this.hass&&this._config?.device?ie(this.hass.entities??{},this._config.device):{}}_state(e){return e?this.hass?.states[e]:void 0}_liveTotals(e){let n=this._state(e.posture),s=n?.state,r=(a,d)=>{let o=this._state(a);return ge(o?.state,o?.attributes.unit_of_measurement,o?.last_updated,d,this._now,n?.last_changed)};return{seated:r(e.seated,s==="sitting"),standing:r(e.standing,s==="standing")}}_days(){return Number(this._config?.days)===30?30:7}willUpdate(e){if(super.willUpdate(e),!e.has("hass")||(this._now=Date.now(),this._followPictures(),!this._today||!this.hass))return;let n=this._entities,s=this._state(n.posture),r=this._state(n.nudge),{changes:a,nudges:d}=this._today;s&&(a=mt(a,{at:Date.parse(s.last_changed),state:s.state})),r&&typeof r.attributes.nudge_id=="string"&&(d.some(l=>l.a?.nudge_id===r.attributes.nudge_id)||(d=[...d,{s:r.state,a:r.attributes,lu:Date.parse(r.last_changed)/1e3}])),(a!==this._today.changes||d!==this._today.nudges)&&(this._today={changes:a,nudges:d})}_followPictures(){if(!this.hass)return;let e=this._entities;this._nudgePicture.follow(this.hass,ft(this._state(e.nudge))?.path);let n=yt(this._state(e.routineStep));this._routinePicture.follow(this.hass,n?.exercise?fe(n.exercise):void 0),this._followRoutineClock(n!==void 0)}updated(e){if(super.updated(e),!this.hass||!this._config?.device)return;let n=this._entities;if(!n.posture)return;let s=K(this._now,this._serverZone),r=`${this._config.device}|${s}|${this._days()}`;(r!==this._loadedKey||this._now-this._loadedAt>nn)&&(this._loadedKey=r,this._loadedAt=this._now,this._config.show_today!==!1&&this._loadToday(n,s),this._config.show_week!==!1&&this._loadStatistics(n,s))}async _loadToday(e,n){let s=[e.posture,e.nudge].filter(Boolean);try{let r=await this.hass.callWS({type:"history/history_during_period",start_time:new Date(n).toISOString(),end_time:new Date(Date.now()).toISOString(),entity_ids:s,include_start_time_state:!0,significant_changes_only:!1,minimal_response:!1,no_attributes:!1});this._today={changes:jt(r[e.posture]),nudges:e.nudge?r[e.nudge]??[]:[]},this._todayError=void 0}catch(r){this._todayError=vt(r)}}async _loadStatistics(e,n){let s=[e.seated,e.standing].filter(Boolean);if(!s.length){this._statistics={seated:void 0,standing:void 0};return}let r=Math.max(this._days(),14);try{let a=await this.hass.callWS({type:"recorder/statistics_during_period",start_time:new Date(Z(n,-(r-1),this._serverZone)).toISOString(),end_time:new Date(n).toISOString(),statistic_ids:s,period:"day",types:["change","state"],units:{duration:"min"}});this._statistics={seated:e.seated?a[e.seated]:void 0,standing:e.standing?a[e.standing]:void 0},this._statisticsError=void 0}catch(a){this._statisticsError=vt(a)}}async _act(e,n){this._busy=e,this._actionError=void 0;try{await n()}catch(s){this._actionError=vt(s)}finally{this._busy=void 0}}_press(e,n){e&&this._act(n,()=>this.hass.callService("button","press",{entity_id:e}))}_startBreak(){this._act("start_break",()=>this.hass.callService(x,"start_break",{device_id:this._config.device}))}_startRoutine(e){this._act("start_routine",()=>this.hass.callService(x,"start_routine",{device_id:this._config.device,routine:e}))}_stopRoutine(){this._act("stop_routine",()=>this.hass.callService(x,"stop_routine",{device_id:this._config.device}))}render(){if(!this._config||!this.hass)return g;let e=this._localize,n=this._config.device?this.hass.devices?.[this._config.device]:void 0,s=this._entities,r=this._config.title??(n?n.name_by_user??n.name??"":""),a;return this._config.device?s.posture?a=p`
        ${this._config.show_now!==!1?this._renderNow(s):g}
        ${this._config.show_today!==!1?this._renderToday(s):g}
        ${this._config.show_week!==!1?this._renderWeek(s):g}
      `:a=p`<div class="message error" role="alert">${e("unknown_device")}</div>`:a=p`<div class="message">${e("no_device")}</div>`,p`<ha-card>
      ${r?p`<h2 class="card-title">${r}</h2>`:g} ${a}
    </ha-card>`}_postureLabel(e){let n=this._localize;switch(e){case"sitting":case"standing":case"away":case"unavailable":return n(e);default:return n("unknown")}}_kindLabel(e){return e&&["stand","sit","move","stretch","core","posture"].includes(e)?this._localize(`kind_${e}`):e??""}_sitLimit(e){for(let s of["bout","sittingSince","nudge"]){let r=bt(this._state(e[s])?.attributes,"sit_limit_minutes");if(r)return r}let n=Number(this._config?.sit_limit);return n>0?n:Xe}_standingGoal(e){for(let s of["standing","nudge"]){let r=bt(this._state(e[s])?.attributes,"standing_goal_minutes");if(r)return r}let n=Number(this._config?.standing_goal);return n>0?n:tn}_renderNow(e){let n=this._localize,s=this._language,r=this._state(e.posture)?.state,a=pe(r,this._state(e.sittingSince)?.state,this._state(e.bout)?.state,this._now),d=this._sitLimit(e),o=ue(a,d),l=52,h=2*Math.PI*l,c=h*(1-he(a,d)),m=a===null?"–":f(a,s),u=f(d,s),_=a===null?`${n("sitting_bout")}: ${n("not_sitting")}`:n("ring_label",{bout:m,limit:u}),y=this._state(e.nudge),b=y?.attributes??{},T=typeof b.nudge_id=="string",X=typeof b.snoozed_until=="string"?Date.parse(b.snoozed_until):NaN,wt=Array.isArray(b.steps)?b.steps:[],$t=ft(y),tt=yt(this._state(e.routineStep)),et=_e(y,tt);return p`<section class="now-section">
      <h3>${n("now")}</h3>
      <div class="now">
        <div class="ring" role="img" aria-label=${_}>
          <svg viewBox="0 0 120 120" aria-hidden="true">
            ${Ot`<circle class="track" cx="60" cy="60" r=${l} fill="none" stroke-width="10"></circle>
            <circle class="value" cx="60" cy="60" r=${l} fill="none" stroke-width="10"
              stroke-linecap="round" stroke=${ce(o)}
              stroke-dasharray=${h} stroke-dashoffset=${c}></circle>`}
          </svg>
          <div class="center" aria-hidden="true">
            <span class="big">${m}</span>
            <span class="small">${n("of_limit",{limit:u})}</span>
          </div>
        </div>
        <div class="status">
          <div class="posture">
            <span class="dot ${r??"unknown"}"></span>${this._postureLabel(r)}
          </div>
          <div class="muted">${n("sitting_bout")}: ${a===null?n("not_sitting"):m}</div>
          ${T?p`<div class="nudge" role="status">
                <strong>${this._kindLabel(y?.state)}${b.exercise_name?p`: ${String(b.exercise_name)}`:g}</strong>
                <span class="muted"
                  >${typeof b.fired_at=="string"?w(Date.parse(b.fired_at),s,this._displayZone):""}
                  ${typeof b.level=="number"?`· ${n("nudge_level",{level:b.level})}`:""}</span
                >
                ${$t&&this._nudgePicture.src?p`<img
                      class="exercise-picture"
                      src=${this._nudgePicture.src}
                      alt=${$t.alt}
                      @error=${this._nudgePictureMissing}
                    />`:g}
                ${wt.length?p`<ol>
                      ${wt.map(we=>p`<li>${String(we)}</li>`)}
                    </ol>`:g}
              </div>`:p`<div class="muted nudge-none">${n("no_nudge")}</div>`}
          ${!Number.isNaN(X)&&X>this._now?p`<div class="muted">
                ${n("snoozed_until",{time:w(X,s,this._displayZone)})}
              </div>`:g}
        </div>
      </div>
      ${tt?this._renderRoutine(tt):g}
      <div class="actions">
        <button
          class="primary"
          aria-label=${n("done_label")}
          ?disabled=${!T||!e.done||this._busy!==void 0}
          @click=${()=>this._press(e.done,"done")}
        >
          ${n("done")}
        </button>
        <button
          aria-label=${n("snooze_label")}
          ?disabled=${!e.snooze||this._busy!==void 0}
          @click=${()=>this._press(e.snooze,"snooze")}
        >
          ${n("snooze")}
        </button>
        ${et?p`<button
              aria-label=${n("start_routine_label",{routine:n(`routine_${et}`)})}
              ?disabled=${this._busy!==void 0}
              @click=${()=>this._startRoutine(et)}
            >
              ${n("start_routine")}
            </button>`:g}
        <button
          aria-label=${n("start_break_label")}
          ?disabled=${this._busy!==void 0}
          @click=${()=>this._startBreak()}
        >
          ${n("start_break")}
        </button>
      </div>
      ${this._actionError?p`<div class="message error" role="alert">
            ${n("action_failed",{error:this._actionError})}
          </div>`:g}
    </section>`}_renderRoutine(e){let n=this._localize,s=n("routine_step_of",{step:e.step,total:e.total}),r=me(e.endsAt,this._now);return p`<div class="routine">
      <div class="routine-step" aria-live="polite">
        <strong>${n(`routine_${e.routine}`)}</strong>
        <span class="muted">${s}</span>
        <div class="routine-text">${e.text}</div>
      </div>
      ${r?p`<div class="countdown" role="timer" aria-label=${n("routine_time_left")}>
            ${r}
          </div>`:g}
      <div
        class="meter"
        role="progressbar"
        aria-label=${n(`routine_${e.routine}`)}
        aria-valuemin="0"
        aria-valuemax=${e.total}
        aria-valuenow=${e.step}
        aria-valuetext=${s}
      >
        <div style="width: ${(e.step/Math.max(1,e.total)*100).toFixed(1)}%"></div>
      </div>
      ${this._routinePicture.src?p`<img
            class="exercise-picture"
            src=${this._routinePicture.src}
            alt=""
            @error=${this._routinePictureMissing}
          />`:g}
      <button
        aria-label=${n("stop_routine_label")}
        ?disabled=${this._busy!==void 0}
        @click=${()=>this._stopRoutine()}
      >
        ${n("stop_routine")}
      </button>
    </div>`}_renderToday(e){let n=this._localize,s=this._language,r=K(this._now,this._serverZone),a=this._state(e.posture),{seated:d,standing:o}=this._liveTotals(e),l=this._standingGoal(e),h;if(this._todayError)h=p`<div class="message error" role="alert">
        ${n("history_failed",{error:this._todayError})}
      </div>`;else if(!this._today)h=p`<div class="message">${n("loading")}</div>`;else{let m=a?{at:Date.parse(a.last_changed),state:a.state}:void 0,u=Bt(mt(this._today.changes,m),r,this._now),_=Vt(this._today.nudges,r,this._now);h=this._renderRibbon(u,_)}let c=o===null?0:Math.min(1,o/l);return p`<section class="today-section">
      <h3>${n("today")}</h3>
      ${h}
      <div class="totals">
        <div class="figure">
          <div class="muted">${n("seated_today")}</div>
          <div class="value">${d===null?"–":f(d,s)}</div>
        </div>
        <div class="figure">
          <div class="muted">${n("standing_today")}</div>
          <div class="value">
            ${o===null?"–":f(o,s)}
            <span class="muted">${n("goal_of",{goal:f(l,s)})}</span>
          </div>
          <div
            class="meter"
            role="progressbar"
            aria-label=${n("standing_today")}
            aria-valuemin="0"
            aria-valuemax=${Math.round(l)}
            aria-valuenow=${Math.round(o??0)}
          >
            <div style="width: ${(c*100).toFixed(1)}%"></div>
          </div>
        </div>
      </div>
    </section>`}_renderRibbon(e,n){let s=this._localize,r=this._language,a=this._displayZone;if(!e.length)return p`<div class="message">${s("ribbon_empty")}</div>`;let d=e[0].start,o=e[e.length-1].end,l=Math.max(1,o-d),h=u=>((u-d)/l*100).toFixed(3),c=Ft(e),m=s("ribbon_summary",{start:w(d,r,a),end:w(o,r,a),sitting:f(c.sitting,r),standing:f(c.standing,r),away:f(c.away,r),nudges:n.length});return p`
      <div class="markers" aria-hidden="true">
        ${n.filter(u=>u.at>=d).map(u=>p`<span
                class="marker"
                style="left: ${h(u.at)}%"
                title=${s("nudge_at",{kind:this._kindLabel(u.kind),time:w(u.at,r,a)})}
              ></span>`)}
      </div>
      <div class="ribbon" role="img" aria-label=${m}>
        ${e.map(u=>p`<div
              class="band ${u.kind}"
              data-kind=${u.kind}
              data-minutes=${((u.end-u.start)/6e4).toFixed(1)}
              style="left: ${h(u.start)}%; width: ${((u.end-u.start)/l*100).toFixed(3)}%"
              title="${this._postureLabel(u.kind)} ${w(u.start,r,a)}–${w(u.end,r,a)}"
            ></div>`)}
      </div>
      <div class="axis" aria-hidden="true">
        <span>${w(d,r,a)}</span>
        <span>${w(o,r,a)}</span>
      </div>
      <div class="legend" aria-hidden="true">
        <span><i class="dot sitting"></i>${s("sitting")} ${f(c.sitting,r)}</span>
        <span><i class="dot standing"></i>${s("standing")} ${f(c.standing,r)}</span>
        <span><i class="dot away"></i>${s("away")} ${f(c.away,r)}</span>
      </div>
    `}_renderWeek(e){let n=this._localize,s=this._language,r=this._days(),a=p`<h3>${n("last_days",{days:r})}</h3>`;if(this._statisticsError)return p`<section class="week-section">
        ${a}
        <div class="message error" role="alert">
          ${n("statistics_failed",{error:this._statisticsError})}
        </div>
      </section>`;if(!this._statistics)return p`<section class="week-section">
        ${a}
        <div class="message">${n("loading")}</div>
      </section>`;if(!ee(this._statistics.seated,this._statistics.standing))return p`<section class="week-section">
        ${a}
        <div class="message">${n("no_statistics")}</div>
      </section>`;let d=this._liveTotals(e),o=ne.indexOf(this.hass?.locale?.first_weekday??""),l=te({seated:this._statistics.seated,standing:this._statistics.standing,todayStart:K(this._now,this._serverZone),today:{seated:d.seated??0,standing:d.standing??0},count:r,timeZone:this._serverZone,firstWeekday:o>=0?o:1}),h=Math.max(60,...l.bars.map(_=>(_.seated??0)+(_.standing??0))),c=_=>`${((_??0)/h*100).toFixed(2)}%`,m=r>7?7:1,u=_=>_===null?n("no_data"):f(_,s);return p`<section class="week-section">
      ${a}
      <div class="bars" aria-hidden="true">
        ${l.bars.map((_,y)=>p`<div
              class="bar ${y===l.bars.length-1?"today":""}"
              title="${q(_.start,s,this._serverZone)}: ${n("sitting")} ${u(_.seated)}, ${n("standing")} ${u(_.standing)}"
            >
              <div class="seated" style="height: ${c(_.seated)}"></div>
              <div class="standing" style="height: ${c(_.standing)}"></div>
            </div>`)}
      </div>
      <div class="bar-labels" aria-hidden="true">
        ${l.bars.map((_,y)=>p`<span
              >${(l.bars.length-1-y)%m===0?q(_.start,s,this._serverZone):""}</span
            >`)}
      </div>
      <ul class="visually-hidden">
        ${l.bars.map(_=>p`<li>
              ${n("bars_summary",{day:q(_.start,s,this._serverZone),seated:u(_.seated),standing:u(_.standing)})}
            </li>`)}
      </ul>
      <div class="compare">
        <div>
          <div class="muted">${n("average")}</div>
          <div>
            <span class="dot sitting"></span> ${u(l.averageSeated)}
            <span class="dot standing"></span> ${u(l.averageStanding)}
          </div>
        </div>
        <table class="weeks">
          <thead>
            <tr>
              <td></td>
              <th scope="col" class="muted">${n("this_week")}</th>
              <th scope="col" class="muted">${n("last_week")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row"><span class="dot sitting"></span> ${n("sitting")}</th>
              <td>${f(l.thisWeek.seated,s)}</td>
              <td>${f(l.lastWeek.seated,s)}</td>
            </tr>
            <tr>
              <th scope="row"><span class="dot standing"></span> ${n("standing")}</th>
              <td>${f(l.thisWeek.standing,s)}</td>
              <td>${f(l.lastWeek.standing,s)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>`}};W.styles=be,W.properties={hass:{attribute:!1},_config:{state:!0},_now:{state:!0},_today:{state:!0},_todayError:{state:!0},_statistics:{state:!0},_statisticsError:{state:!0},_actionError:{state:!0},_busy:{state:!0}};G("backcare-card",W);var ve=window.customCards??=[];ve.some(i=>i.type==="backcare-card")||ve.push({type:"backcare-card",name:"backcare",description:"Your day at the desk: posture, the sitting bout against the sit limit, today's ribbon and the week's trend.",preview:!0,documentationURL:"https://github.com/backcare-ha/backcare#the-backcare-card"});export{W as BackcareCard,Xe as DEFAULT_SIT_LIMIT,tn as DEFAULT_STANDING_GOAL};
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
